package io.insurcrm.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of a message: returned by {@link Channel#send}, or reported later through
 * {@link InboundSink#receipt} when a gateway calls back. The host updates the message and records
 * an interaction on the customer's history.
 *
 * @param messageId   the {@link OutboundMessage#messageId()} this receipt is about
 * @param status      how far the message got
 * @param providerRef the remote system's id for the message (gateway id, SMTP queue id), if it gave one
 * @param at          when the status was reached, from the channel's clock or the gateway's report
 * @param detail      a short technical note (e.g. {@code 250 2.0.0 queued}); no personal data; may be empty
 */
public record DeliveryReceipt(String messageId, DeliveryStatus status, Optional<String> providerRef, Instant at,
        String detail) {

    /**
     * Checks the components.
     *
     * @param messageId see the record component
     * @param status see the record component
     * @param providerRef see the record component
     * @param at see the record component
     * @param detail see the record component
     * @throws NullPointerException if a component is null
     */
    public DeliveryReceipt {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(providerRef, "providerRef");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * A message accepted by the remote system.
     *
     * @param messageId   the message
     * @param providerRef the remote system's id, or null if it gave none
     * @param at          when
     * @param detail      a short technical note
     * @return the receipt
     */
    public static DeliveryReceipt accepted(String messageId, String providerRef, Instant at, String detail) {
        return new DeliveryReceipt(messageId, DeliveryStatus.ACCEPTED, Optional.ofNullable(providerRef), at, detail);
    }
}
