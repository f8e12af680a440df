package io.insurcrm.core.claim;

/** Lifecycle of a claim. */
public enum ClaimStatus {
    REPORTED,
    UNDER_REVIEW,
    APPROVED,
    PAID,
    DENIED,
    WITHDRAWN;

    /** True once no further payment is expected. */
    public boolean isClosed() {
        return this == PAID || this == DENIED || this == WITHDRAWN;
    }
}
