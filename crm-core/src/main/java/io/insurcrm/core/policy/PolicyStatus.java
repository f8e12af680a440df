package io.insurcrm.core.policy;

/** Lifecycle of a policy. */
public enum PolicyStatus {
    /** Issued and covering within its period. */
    IN_FORCE,
    /** Period ended normally (renewed or not). */
    EXPIRED,
    /** Ended early for non-payment. */
    LAPSED,
    /** Cancelled or surrendered on request. */
    CANCELLED
}
