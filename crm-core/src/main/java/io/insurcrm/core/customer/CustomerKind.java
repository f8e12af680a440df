package io.insurcrm.core.customer;

/** Individual persons and corporate customers share one customer table space. */
public enum CustomerKind {
    INDIVIDUAL,
    CORPORATE
}
