package io.insurcrm.spi;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a customer sent on a channel: a reply to a reminder, an inbound SMS, a WeChat message.
 * The host matches it to a customer (by {@link #customerRef()} if the channel knows it, else by the
 * sender's address) and records an interaction on the customer's history. {@link #toString()}
 * shows no address and no text.
 *
 * @param channel     the configured name of the channel reporting it
 * @param externalRef the remote system's id of the event, unique per channel: the host ignores a repeat
 * @param from        the sender's address
 * @param customerRef the customer, if the channel resolved it through the {@link CustomerDirectory}
 * @param inReplyTo   the {@link OutboundMessage#messageId()} this answers, if known
 * @param occurredAt  when it arrived
 * @param summary     the text or a summary of it (stored as the interaction's summary)
 * @param attributes  extra key/value pairs (e.g. the gateway's keyword); not personal data
 */
public record InboundInteraction(String channel, String externalRef, ContactPoint from, Optional<String> customerRef,
        Optional<String> inReplyTo, Instant occurredAt, String summary, Map<String, String> attributes) {

    /**
     * Checks and copies.
     *
     * @param channel see the record component
     * @param externalRef see the record component
     * @param from see the record component
     * @param customerRef see the record component
     * @param inReplyTo see the record component
     * @param occurredAt see the record component
     * @param summary see the record component
     * @param attributes see the record component
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the channel or external reference is blank
     */
    public InboundInteraction {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(externalRef, "externalRef");
        if (channel.isBlank() || externalRef.isBlank()) {
            throw new IllegalArgumentException("channel and externalRef must not be blank");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(customerRef, "customerRef");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(summary, "summary");
        attributes = Map.copyOf(attributes);
    }

    /** Channel and external reference; never the address or the text. */
    @Override
    public String toString() {
        return "InboundInteraction[" + channel + " " + externalRef + " from " + from.kind() + "]";
    }
}
