package io.insurcrm.core.staff;

/** Why a customer got a (new) responsible account manager. */
public enum AssignmentReason {
    /** First assignment of the customer. */
    ASSIGNED,
    /** Moved from one manager to another, one customer. */
    REASSIGNED,
    /** Moved with the whole book of a manager (e.g. he left). */
    BOOK_TRANSFER
}
