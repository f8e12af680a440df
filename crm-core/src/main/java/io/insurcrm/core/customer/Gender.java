package io.insurcrm.core.customer;

/** Gender as recorded on the identity document. */
public enum Gender {
    MALE,
    FEMALE
}
