package io.insurcrm.core.customer;

import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.common.Validator;
import io.insurcrm.core.identifier.EmailAddress;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
import java.time.LocalDate;

/**
 * The basic data of a customer (客户基本资料), validated on construction. Individuals are keyed by
 * their national ID number, corporates by their unified social credit code.
 *
 * <p>Rules: a name is required; an individual has no organisation code and a corporate no ID
 * number, gender, birth date, marital status or education; where an ID number and a birth date are
 * both given, the date inside the number must equal the birth date (and likewise the gender);
 * occupation class is 1 (office work) to 6 (most hazardous), as in the industry's occupation table.
 * {@link #toString()} shows no personal data.
 *
 * @param occupationClass   1..6, or {@code null} if unknown
 * @param lifeSituation     free text: family, housing, life stage, as captured by staff
 */
public record CustomerProfile(
        CustomerKind kind,
        String name,
        Gender gender,
        LocalDate dateOfBirth,
        String nativePlace,
        MaritalStatus maritalStatus,
        Education education,
        NationalIdNumber nationalId,
        OrganisationCode organisationCode,
        MobileNumber mobile,
        EmailAddress email,
        String employer,
        String department,
        String position,
        String occupation,
        Integer occupationClass,
        String industry,
        Address workAddress,
        Address homeAddress,
        String workPhone,
        String homePhone,
        String fax,
        String lifeSituation) {

    public CustomerProfile {
        Validator v = Validator.start().require(kind, "kind").requireText(name, "name", 200)
                .maxLength(nativePlace, "nativePlace", 100)
                .maxLength(employer, "employer", 200)
                .maxLength(department, "department", 100)
                .maxLength(position, "position", 100)
                .maxLength(occupation, "occupation", 100)
                .maxLength(industry, "industry", 100)
                .maxLength(workPhone, "workPhone", 30)
                .maxLength(homePhone, "homePhone", 30)
                .maxLength(fax, "fax", 30)
                .maxLength(lifeSituation, "lifeSituation", 2000);
        if (occupationClass != null && (occupationClass < 1 || occupationClass > 6)) {
            v.add("occupationClass", "range", "must be between 1 and 6");
        }
        if (kind == CustomerKind.CORPORATE) {
            if (nationalId != null) {
                v.add("nationalId", "corporate", "a corporate customer has no national ID number");
            }
            if (gender != null || dateOfBirth != null || maritalStatus != null || education != null) {
                v.add("kind", "corporate", "a corporate customer has no gender, birth date, marital status or education");
            }
        }
        if (kind == CustomerKind.INDIVIDUAL && organisationCode != null) {
            v.add("organisationCode", "individual", "an individual customer has no organisation code");
        }
        if (nationalId != null && dateOfBirth != null && !nationalId.birthDate().equals(dateOfBirth)) {
            v.add("dateOfBirth", "id-consistency", "must equal the birth date inside the national ID number");
        }
        if (nationalId != null && gender != null && nationalId.isMale() != (gender == Gender.MALE)) {
            v.add("gender", "id-consistency", "must match the gender digit of the national ID number");
        }
        v.validate();
    }

    /** A builder for an individual customer; the birth date and gender default to those in the ID number. */
    public static Builder individual(String name) {
        return new Builder(CustomerKind.INDIVIDUAL, name);
    }

    public static Builder corporate(String name) {
        return new Builder(CustomerKind.CORPORATE, name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(kind, name);
        b.gender = gender;
        b.dateOfBirth = dateOfBirth;
        b.nativePlace = nativePlace;
        b.maritalStatus = maritalStatus;
        b.education = education;
        b.nationalId = nationalId;
        b.organisationCode = organisationCode;
        b.mobile = mobile;
        b.email = email;
        b.employer = employer;
        b.department = department;
        b.position = position;
        b.occupation = occupation;
        b.occupationClass = occupationClass;
        b.industry = industry;
        b.workAddress = workAddress;
        b.homeAddress = homeAddress;
        b.workPhone = workPhone;
        b.homePhone = homePhone;
        b.fax = fax;
        b.lifeSituation = lifeSituation;
        return b;
    }

    @Override
    public String toString() {
        return "CustomerProfile[" + kind + "]";
    }

    /** Fluent construction; {@link #build()} validates. */
    public static final class Builder {
        private CustomerKind kind;
        private String name;
        private Gender gender;
        private LocalDate dateOfBirth;
        private String nativePlace;
        private MaritalStatus maritalStatus;
        private Education education;
        private NationalIdNumber nationalId;
        private OrganisationCode organisationCode;
        private MobileNumber mobile;
        private EmailAddress email;
        private String employer;
        private String department;
        private String position;
        private String occupation;
        private Integer occupationClass;
        private String industry;
        private Address workAddress;
        private Address homeAddress;
        private String workPhone;
        private String homePhone;
        private String fax;
        private String lifeSituation;

        private Builder(CustomerKind kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        public Builder kind(CustomerKind v) { this.kind = v; return this; }
        public Builder name(String v) { this.name = v; return this; }
        public Builder gender(Gender v) { this.gender = v; return this; }
        public Builder dateOfBirth(LocalDate v) { this.dateOfBirth = v; return this; }
        public Builder nativePlace(String v) { this.nativePlace = v; return this; }
        public Builder maritalStatus(MaritalStatus v) { this.maritalStatus = v; return this; }
        public Builder education(Education v) { this.education = v; return this; }
        public Builder nationalId(NationalIdNumber v) { this.nationalId = v; return this; }
        /** Parses (and normalises) a raw ID number. */
        public Builder nationalId(String raw) { this.nationalId = raw == null ? null : NationalIdNumber.parse(raw); return this; }
        public Builder organisationCode(OrganisationCode v) { this.organisationCode = v; return this; }
        public Builder mobile(MobileNumber v) { this.mobile = v; return this; }
        public Builder mobile(String raw) { this.mobile = raw == null ? null : MobileNumber.parse(raw); return this; }
        public Builder email(EmailAddress v) { this.email = v; return this; }
        public Builder email(String raw) { this.email = raw == null ? null : EmailAddress.parse(raw); return this; }
        public Builder employer(String v) { this.employer = v; return this; }
        public Builder department(String v) { this.department = v; return this; }
        public Builder position(String v) { this.position = v; return this; }
        public Builder occupation(String v) { this.occupation = v; return this; }
        public Builder occupationClass(Integer v) { this.occupationClass = v; return this; }
        public Builder industry(String v) { this.industry = v; return this; }
        public Builder workAddress(Address v) { this.workAddress = v; return this; }
        public Builder homeAddress(Address v) { this.homeAddress = v; return this; }
        public Builder workPhone(String v) { this.workPhone = v; return this; }
        public Builder homePhone(String v) { this.homePhone = v; return this; }
        public Builder fax(String v) { this.fax = v; return this; }
        public Builder lifeSituation(String v) { this.lifeSituation = v; return this; }

        /**
         * Validates and builds. For individuals, a missing birth date or gender is taken from the
         * national ID number.
         *
         * @throws ValidationException naming every broken rule
         */
        public CustomerProfile build() {
            LocalDate dob = dateOfBirth;
            Gender g = gender;
            if (kind == CustomerKind.INDIVIDUAL && nationalId != null) {
                if (dob == null) {
                    dob = nationalId.birthDate();
                }
                if (g == null) {
                    g = nationalId.isMale() ? Gender.MALE : Gender.FEMALE;
                }
            }
            return new CustomerProfile(kind, name, g, dob, nativePlace, maritalStatus, education, nationalId,
                    organisationCode, mobile, email, employer, department, position, occupation, occupationClass,
                    industry, workAddress, homeAddress, workPhone, homePhone, fax, lifeSituation);
        }
    }
}
