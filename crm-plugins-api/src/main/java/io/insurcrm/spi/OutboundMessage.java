package io.insurcrm.spi;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to send through a {@link Channel}. Its text is rendered by the host; the channel only
 * transports it. {@link #toString()} shows identifiers only: never the recipient's address, the
 * subject or the body.
 *
 * @param messageId      the host's id of this message, unique and stable across attempts
 * @param idempotencyKey the same on every attempt to deliver this message: pass it to the remote system
 * @param channel        the configured name of the channel it goes through
 * @param recipient      where it goes
 * @param subject        a subject line; empty where the medium has none (SMS)
 * @param body           the text to send
 * @param templateId     the host's template the text came from, for gateways that need a template code
 * @param attributes     extra key/value pairs for the channel (e.g. a gateway sign name); not personal data
 * @param createdAt      when the host created the message
 */
public record OutboundMessage(String messageId, String idempotencyKey, String channel, ContactPoint recipient,
        String subject, String body, Optional<String> templateId, Map<String, String> attributes,
        Instant createdAt) {

    /**
     * Checks and copies.
     *
     * @param messageId see the record component
     * @param idempotencyKey see the record component
     * @param channel see the record component
     * @param recipient see the record component
     * @param subject see the record component
     * @param body see the record component
     * @param templateId see the record component
     * @param attributes see the record component
     * @param createdAt see the record component
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if an id or the channel is blank
     */
    public OutboundMessage {
        requireText(messageId, "messageId");
        requireText(idempotencyKey, "idempotencyKey");
        requireText(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(templateId, "templateId");
        attributes = Map.copyOf(attributes);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** Ids, channel and the recipient's kind; never the address, subject or body. */
    @Override
    public String toString() {
        return "OutboundMessage[" + messageId + " via " + channel + " to " + recipient.kind() + "]";
    }
}
