package io.insurcrm.spi;

import java.util.EnumSet;
import java.util.Set;

/**
 * Sends outbound messages through one medium (e-mail, SMS, WeChat, a call-centre queue…). The
 * host calls {@link #send} from its dispatcher, on its own threads, with a timeout, and retries
 * retryable failures with back-off; a channel itself neither retries nor sleeps. Implementations
 * must be thread-safe.
 *
 * <p><b>Idempotency.</b> A retry of one message carries the same
 * {@link OutboundMessage#idempotencyKey()}. After a timeout the host cannot know whether the first
 * attempt got through, so a channel passes the key to the remote system (a header, a message id)
 * and a gateway that honours it will not deliver twice.
 */
public interface Channel extends AutoCloseable {

    /**
     * Delivers one message, or hands it to the remote system that will.
     *
     * @param message what to send, to whom
     * @return the receipt, usually {@link DeliveryStatus#ACCEPTED} with the gateway's reference
     * @throws ChannelException if it was not sent; {@link ChannelException#retryable()} tells the
     *                          host whether trying again later may succeed
     */
    DeliveryReceipt send(OutboundMessage message) throws ChannelException;

    /**
     * The kinds of recipient address this channel can deliver to; the dispatcher refuses, without
     * calling {@link #send}, a message whose recipient is of another kind.
     *
     * @return the kinds; all kinds by default
     */
    default Set<ContactKind> supportedKinds() {
        return EnumSet.allOf(ContactKind.class);
    }

    /** Releases connections and threads; called once when the host stops. Does nothing by default. */
    @Override
    default void close() {
    }
}
