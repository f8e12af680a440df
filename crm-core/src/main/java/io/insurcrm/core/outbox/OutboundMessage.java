package io.insurcrm.core.outbox;

import io.insurcrm.core.common.Validator;
import io.insurcrm.core.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message to a customer waiting in the transactional outbox. It is written in the same transaction
 * as the change that causes it; a dispatcher delivers it through a channel plugin later.
 *
 * @param idempotencyKey unique: queuing the same key twice is a no-op, and channels may use it to
 *                       drop duplicates
 * @param channel        the channel name, e.g. {@code sms}
 * @param template       what kind of message, e.g. {@code renewal-reminder}
 * @param nextAttemptAt  when a dispatcher may try (next); {@code null}: now
 * @param lastError      the last delivery error (no personal data)
 */
public record OutboundMessage(UUID id, long version, String idempotencyKey, String channel, CustomerId customerId,
        String template, String subject, String body, OutboundMessageStatus status, int attempts,
        Instant nextAttemptAt, String lastError, Instant createdAt) {
    public OutboundMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Validator.start().requireText(idempotencyKey, "idempotencyKey", 200).requireText(channel, "channel", 40)
                .requireText(template, "template", 100).maxLength(subject, "subject", 200)
                .requireText(body, "body", 4000).require(status, "status").maxLength(lastError, "lastError", 1000)
                .validate();
        if (version < 1 || attempts < 0) {
            throw new IllegalArgumentException("version must be >= 1 and attempts >= 0");
        }
    }

    /** A new message, pending, never attempted. */
    public static OutboundMessage pending(UUID id, String idempotencyKey, String channel, CustomerId customerId,
            String template, String subject, String body, Instant now) {
        return new OutboundMessage(id, 1, idempotencyKey, channel, customerId, template, subject, body,
                OutboundMessageStatus.PENDING, 0, now, null, now);
    }

    @Override
    public String toString() {
        return "OutboundMessage[" + id + " " + template + " via " + channel + " " + status + "]";
    }
}
