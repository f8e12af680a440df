package io.insurcrm.core.complaint;

/** Why it happened, as found when the complaint is handled. */
public enum RootCause {
    STAFF_CONDUCT,
    PROCESS,
    PRODUCT_DESIGN,
    SYSTEM,
    THIRD_PARTY,
    CUSTOMER_MISUNDERSTANDING,
    OTHER
}
