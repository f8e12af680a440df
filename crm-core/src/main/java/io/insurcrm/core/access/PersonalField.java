package io.insurcrm.core.access;

/**
 * The personal-data fields of a customer that the access policy shows in clear, masked or hidden.
 *
 * <p>Not listed, hence always shown: kind, branch, gender, marital status, education, department,
 * position, occupation, occupation class and industry (statistical dimensions, not identifying on
 * their own), and the organisation code of a corporate customer: a unified social credit code is
 * public by law (it is printed on the business licence), so it is not personal data. A corporate
 * customer's name is likewise public; {@link DefaultAccessPolicy} never masks it.
 */
public enum PersonalField {
    NAME,
    NATIONAL_ID,
    MOBILE,
    EMAIL,
    WORK_PHONE,
    HOME_PHONE,
    FAX,
    WORK_ADDRESS,
    HOME_ADDRESS,
    DATE_OF_BIRTH,
    NATIVE_PLACE,
    EMPLOYER,
    LIFE_SITUATION
}
