package io.insurcrm.core.policy;

/** Product lines (险种大类) used for the policy book, the renewal pipeline and the cube. */
public enum ProductLine {
    AUTO,
    PROPERTY,
    LIFE,
    HEALTH,
    ACCIDENT,
    PENSION,
    EDUCATION,
    CRITICAL_ILLNESS,
    PARTICIPATING
}
