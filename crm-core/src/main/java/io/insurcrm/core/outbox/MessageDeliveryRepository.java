package io.insurcrm.core.outbox;

import io.insurcrm.spi.ContactPoint;
import io.insurcrm.spi.DeliveryReceipt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: delivering the transactional outbox ({@link OutboundMessageRepository} queues messages).
 * Claims are optimistic (a version check per row), so any number of dispatchers, in one JVM or
 * several, may run at once without sending a message twice while its lease lasts.
 */
public interface MessageDeliveryRepository {

    /** A message claimed by a dispatcher, its version after the claim, and its explicit recipient if it has one. */
    record Claimed(OutboundMessage message, Optional<ContactPoint> recipient) {
    }

    /** Stores explicit recipients of messages queued in the same transaction. */
    void insertRecipients(Map<UUID, ContactPoint> recipients);

    /**
     * Claims up to {@code limit} due messages of one channel, oldest due first: PENDING or FAILED
     * with {@code next_attempt_at <= now} (or null), or DELIVERING whose lease ended; each moves to
     * DELIVERING with a version check, counts an attempt and gets {@code next_attempt_at = leaseUntil}.
     */
    List<Claimed> claim(String channel, Instant now, Instant leaseUntil, int limit);

    /**
     * Ends a claimed attempt if the row still has the claimed version.
     *
     * @return false if the claim was lost (its lease ended and another dispatcher took the message)
     */
    boolean finish(OutboundMessage claimed, OutboundMessageStatus status, Instant nextAttemptAt, String lastError);

    /** Sets a message's status whatever its version (a receipt reported later), version + 1. */
    void forceStatus(UUID id, OutboundMessageStatus status, String lastError);

    /**
     * Stores a receipt unless one with the same message and status is stored already.
     *
     * @return whether it was new
     */
    boolean insertReceipt(UUID messageId, DeliveryReceipt receipt, Instant recordedAt);

    Optional<OutboxMessage> find(UUID id);

    Optional<OutboxMessage> findByKey(String idempotencyKey);

    /** DEAD messages, oldest first. */
    List<OutboxMessage> findDead(int limit);

    /** DEAD → PENDING, attempts reset, due at {@code now}, last error kept; returns how many. */
    int requeueDead(List<UUID> ids, Instant now);

    /** Messages per status. */
    Map<OutboundMessageStatus, Long> countByStatus();
}
