package io.insurcrm.spi;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A domain event as a plugin sees it. The host writes events in the same transaction as the change
 * that caused them and delivers them at least once: a listener recognises a repeat by
 * {@link #eventId()}.
 *
 * @param eventId    unique and stable across re-deliveries
 * @param type       what happened
 * @param occurredAt when it happened
 * @param customerRef an opaque reference to the customer concerned
 * @param subjectRef the policy, claim, complaint or alert concerned (see {@link EventType}), if any
 * @param attributes details, e.g. {@code from}/{@code to} states or segments; no personal data
 */
public record CrmEvent(String eventId, EventType type, Instant occurredAt, String customerRef,
        Optional<String> subjectRef, Map<String, String> attributes) {

    /**
     * Checks and copies.
     *
     * @param eventId see the record component
     * @param type see the record component
     * @param occurredAt see the record component
     * @param customerRef see the record component
     * @param subjectRef see the record component
     * @param attributes see the record component
     * @throws NullPointerException if a component is null
     */
    public CrmEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(customerRef, "customerRef");
        Objects.requireNonNull(subjectRef, "subjectRef");
        attributes = Map.copyOf(attributes);
    }
}
