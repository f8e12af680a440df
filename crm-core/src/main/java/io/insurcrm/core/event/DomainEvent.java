package io.insurcrm.core.event;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.spi.CrmEvent;
import io.insurcrm.spi.EventType;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Something that happened in the CRM, as stored in the event outbox in the transaction of the
 * change. Its id is a UUID v7 made in that transaction: ids of one customer's events sort in the
 * order they were recorded, which is the order listeners receive them in.
 *
 * @param id         unique, time-ordered; the {@link CrmEvent#eventId()} listeners see on every re-delivery
 * @param type       what happened
 * @param customerId the customer concerned
 * @param subjectRef the policy, claim, complaint or alert concerned, if any (an id, never personal data)
 * @param attributes details such as {@code from}/{@code to} states; ids and codes only, never personal data
 * @param occurredAt when it happened (the service's clock)
 */
public record DomainEvent(UUID id, EventType type, CustomerId customerId, String subjectRef,
        Map<String, String> attributes, Instant occurredAt) {

    /** Checks and copies (attributes sorted by key). */
    public DomainEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (subjectRef != null && subjectRef.length() > 100) {
            throw new IllegalArgumentException("subjectRef is longer than 100 characters");
        }
        attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /**
     * @return the event as the SPI shows it to listeners
     */
    public CrmEvent toCrmEvent() {
        return new CrmEvent(id.toString(), type, occurredAt, customerId.toString(), Optional.ofNullable(subjectRef),
                attributes);
    }

    @Override
    public String toString() {
        return "DomainEvent[" + id + " " + type + " customer " + customerId + "]";
    }
}
