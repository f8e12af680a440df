package io.insurcrm.spi;

/** How far a message got, as a channel or its gateway reports it. */
public enum DeliveryStatus {
    /** Handed to the remote system (mail server, SMS gateway), which took responsibility for it. */
    ACCEPTED,
    /** Confirmed delivered to the recipient's device or mailbox. */
    DELIVERED,
    /** Reported undeliverable after it had been accepted (e.g. a bounce or an unknown number). */
    FAILED
}
