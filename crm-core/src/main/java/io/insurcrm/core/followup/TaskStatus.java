package io.insurcrm.core.followup;

/** State of a follow-up task. */
public enum TaskStatus {
    OPEN,
    DONE,
    CANCELLED
}
