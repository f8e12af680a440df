package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.event.DomainEvent;
import io.insurcrm.core.event.EventDelivery;
import io.insurcrm.core.outbox.DispatchReport;
import io.insurcrm.core.outbox.NewOutboundMessage;
import io.insurcrm.core.outbox.OutboundMessageStatus;
import io.insurcrm.core.outbox.OutboxMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional outbox: outbound messages to customers and the domain events for listeners.
 * Messages are queued in the caller's transaction ({@code crm.inTransaction(...)} joins them with
 * the change that causes them) and delivered after commit by the dispatcher, through the channel
 * plugins, with timeouts, retries with exponential back-off, idempotency keys and a dead-letter
 * state. See {@code docs/outbox.md}.
 */
public interface OutboxService {

    /**
     * Queues a message; joins the caller's transaction if there is one.
     *
     * @param actor   who queues it
     * @param message the message
     * @return the queued message (PENDING)
     * @throws io.insurcrm.core.common.ValidationException if the customer is unknown or a field is invalid
     * @throws io.insurcrm.core.common.DuplicateException  if the idempotency key is already queued
     */
    OutboxMessage enqueue(Actor actor, NewOutboundMessage message);

    /**
     * Runs one dispatch round: for every configured channel and event listener at once, claims a
     * batch of due items and delivers them; returns when the round is over. Deterministic for
     * tests (drive time with the injected clock); a host may also schedule it itself.
     *
     * @return what the round did
     */
    DispatchReport dispatchOnce();

    Optional<OutboxMessage> find(Actor actor, UUID messageId);

    Optional<OutboxMessage> findByKey(Actor actor, String idempotencyKey);

    /** Dead messages, oldest first, at most {@code limit}. */
    List<OutboxMessage> deadLetters(Actor actor, int limit);

    /** Dead messages back to PENDING, due now, attempts reset (the last error is kept until the next attempt). */
    int requeue(Actor actor, List<UUID> messageIds);

    /** How many messages are in each status. */
    Map<OutboundMessageStatus, Long> counts(Actor actor);

    /** A customer's domain events, oldest first, at most {@code limit}. */
    List<DomainEvent> events(Actor actor, CustomerId customerId, int limit);

    /** The per-listener deliveries of an event. */
    List<EventDelivery> eventDeliveries(Actor actor, UUID eventId);

    /** Dead event deliveries, oldest event first. */
    List<EventDelivery> deadEvents(Actor actor, int limit);

    /** A dead event delivery back to PENDING; returns 1 if there was one. */
    int requeueEvent(Actor actor, UUID eventId, String listener);
}
