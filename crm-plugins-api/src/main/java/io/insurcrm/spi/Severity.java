package io.insurcrm.spi;

/** How urgent an {@link AlertFinding} is, lowest first. */
public enum Severity {
    /** Worth knowing; no action expected. */
    LOW,
    /** Worth a look at the next review. */
    MEDIUM,
    /** Needs an account manager's or investigator's attention soon. */
    HIGH,
    /** Needs attention now. */
    CRITICAL
}
