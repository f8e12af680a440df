package io.insurcrm.core.event;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.outbox.OutboundMessageStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Port: the event outbox (events and their per-listener deliveries). */
public interface DomainEventRepository {

    /** A delivery row to write with an event. */
    record NewDelivery(UUID eventId, String listener, CustomerId customerId) {
    }

    /** A delivery claimed by a dispatcher: the event, and the row's version after the claim. */
    record Claimed(DomainEvent event, String listener, long version, int attempts) {
    }

    /** Inserts events and their deliveries (PENDING, due at {@code now}) in batches, in the caller's transaction. */
    void insertAll(List<DomainEvent> events, List<NewDelivery> deliveries, Instant now);

    /**
     * Claims up to {@code limit} due deliveries of one listener, oldest event first: moves each from
     * PENDING/FAILED (due) or DELIVERING (lease ended) to DELIVERING with a version check, counts an
     * attempt and sets {@code next_attempt_at = leaseUntil}. Skips a delivery while an earlier event of
     * the same customer to the same listener is undelivered and not due (order per customer).
     */
    List<Claimed> claim(String listener, Instant now, Instant leaseUntil, int limit);

    /**
     * Ends a claimed attempt: writes status, next attempt, error and delivery time if the row still
     * has the claimed version.
     *
     * @return false if the claim was lost (the lease ended and another dispatcher took it)
     */
    boolean finish(Claimed claimed, OutboundMessageStatus status, Instant nextAttemptAt, String lastError,
            Instant deliveredAt);

    /** Gives claimed deliveries back untried: PENDING, due at {@code now}, the claim's attempt not counted. */
    void release(List<Claimed> claimed, Instant now);

    /** Events of a customer, oldest first. */
    List<DomainEvent> findByCustomer(CustomerId customerId, int limit);

    /** The deliveries of an event. */
    List<EventDelivery> deliveriesOf(UUID eventId);

    /** Dead deliveries, oldest event first. */
    List<EventDelivery> findDead(int limit);

    /** DEAD → PENDING (attempts reset, due at {@code now}, last error kept); returns how many. */
    int requeueDead(UUID eventId, String listener, Instant now);
}
