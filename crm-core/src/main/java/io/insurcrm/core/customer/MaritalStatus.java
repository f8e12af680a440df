package io.insurcrm.core.customer;

/** Marital status. */
public enum MaritalStatus {
    SINGLE,
    MARRIED,
    DIVORCED,
    WIDOWED
}
