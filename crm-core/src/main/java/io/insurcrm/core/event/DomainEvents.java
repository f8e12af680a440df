package io.insurcrm.core.event;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.spi.EventType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Port the application services record domain events through, one line per change:
 * {@code events.record(EventType.CLAIM_FILED, claim.customerId(), claim.id(), Map.of())}.
 *
 * <p>Must be called inside the transaction of the change: the event (and one delivery row per
 * subscribed listener) is written in that transaction, so a rolled-back change leaves no event,
 * and a dispatcher delivers committed events only, after the commit. Never blocks on listeners.
 */
public interface DomainEvents {

    /**
     * Records one event in the current transaction.
     *
     * @param type       what happened
     * @param customer   the customer concerned
     * @param subject    the policy, claim, complaint… concerned (its {@code toString()} is stored: an id), or null
     * @param attributes details: ids, codes and states only, never personal data
     */
    default void record(EventType type, CustomerId customer, Object subject, Map<String, String> attributes) {
        recordAll(List.of(new Draft(type, customer, subject, attributes)));
    }

    /**
     * Records several events in the current transaction, in list order, with batched writes.
     *
     * @param drafts the events
     */
    void recordAll(List<Draft> drafts);

    /**
     * An event to record.
     *
     * @param type       what happened
     * @param customer   the customer concerned
     * @param subject    the subject (its {@code toString()} is stored), or null
     * @param attributes details; no personal data
     */
    record Draft(EventType type, CustomerId customer, Object subject, Map<String, String> attributes) {
        /** Checks the components. */
        public Draft {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(customer, "customer");
            attributes = Map.copyOf(attributes);
        }
    }
}
