package io.insurcrm.core.outbox;

/** Delivery state of an outbound message. */
public enum OutboundMessageStatus {
    /** Waiting for (another) delivery attempt. */
    PENDING,
    /** Claimed by a dispatcher. */
    DELIVERING,
    DELIVERED,
    /** The last attempt failed; will be retried at {@code nextAttemptAt}. */
    FAILED,
    /** Gave up: dead letter, the last error kept. */
    DEAD
}
