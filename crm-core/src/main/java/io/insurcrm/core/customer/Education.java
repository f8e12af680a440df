package io.insurcrm.core.customer;

/** Highest completed education. */
public enum Education {
    PRIMARY,
    JUNIOR_SECONDARY,
    SENIOR_SECONDARY,
    VOCATIONAL,
    BACHELOR,
    MASTER,
    DOCTORATE
}
