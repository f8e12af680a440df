package io.insurcrm.core.event;

import io.insurcrm.core.outbox.OutboundMessageStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The delivery of one event to one listener: its state in the event outbox.
 *
 * @param eventId       the event
 * @param listener      the listener's configured name
 * @param version       optimistic-lock version of this row
 * @param status        where delivery stands (the states of outbound messages)
 * @param attempts      attempts begun so far
 * @param nextAttemptAt when it is due (for DELIVERING: when the claim's lease ends)
 * @param lastError     the last failure (type and message; no personal data), if any
 * @param deliveredAt   when the listener accepted it, if it did
 */
public record EventDelivery(UUID eventId, String listener, long version, OutboundMessageStatus status, int attempts,
        Instant nextAttemptAt, String lastError, Instant deliveredAt) {

    /** Checks the components. */
    public EventDelivery {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }
}
