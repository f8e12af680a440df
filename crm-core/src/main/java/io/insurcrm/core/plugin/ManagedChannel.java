package io.insurcrm.core.plugin;

import io.insurcrm.core.plugin.CallOutcome.FailureKind;
import io.insurcrm.spi.Channel;
import io.insurcrm.spi.ChannelException;
import io.insurcrm.spi.ContactKind;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.OutboundMessage;
import java.util.Objects;
import java.util.Set;

/**
 * A configured channel as the dispatcher uses it: {@link #send} never throws and never blocks longer
 * than the channel's {@code call-timeout}. The outcome says whether the message was accepted, and
 * if not, whether to retry (a {@link ChannelException}'s own flag; a timeout, a rejection or any
 * other exception count as retryable, since the idempotency key makes a repeat recognisable).
 */
public final class ManagedChannel {
    private final ComponentInfo info;
    private final Channel channel;
    private final Set<ContactKind> kinds;
    private final SafeInvoker invoker;

    ManagedChannel(ComponentInfo info, Channel channel, Set<ContactKind> kinds, SafeInvoker invoker) {
        this.info = info;
        this.channel = channel;
        this.kinds = Set.copyOf(kinds);
        this.invoker = invoker;
    }

    /**
     * @return the channel's name, the {@link OutboundMessage#channel()} of its messages
     */
    public String name() {
        return info.name();
    }

    /**
     * @return its factory, plugin, settings (timeouts, retries) and masked configuration
     */
    public ComponentInfo info() {
        return info;
    }

    /**
     * @param kind a kind of recipient address
     * @return whether this channel can deliver to it
     */
    public boolean supports(ContactKind kind) {
        return kinds.contains(kind);
    }

    /**
     * Sends one message through the plugin, on the channel's own threads, with its timeout.
     *
     * @param message the message; its {@link OutboundMessage#channel()} must be this channel's name
     * @return the receipt, or the failure; a receipt about another message is an {@link FailureKind#INVALID_RESULT}
     * @throws IllegalArgumentException if the message names another channel (a host bug, not a plugin failure)
     */
    public CallOutcome<DeliveryReceipt> send(OutboundMessage message) {
        Objects.requireNonNull(message, "message");
        if (!message.channel().equals(info.name())) {
            throw new IllegalArgumentException("message " + message.messageId() + " is for channel '" + message.channel()
                    + "', not '" + info.name() + "'");
        }
        long start = System.nanoTime();
        if (!supports(message.recipient().kind())) {
            return invoker.failed(FailureKind.NOT_SUPPORTED, false, "unsupported-recipient",
                    info.label() + " cannot deliver to a " + message.recipient().kind() + " address", start, null);
        }
        CallOutcome<DeliveryReceipt> outcome = invoker.call(() -> channel.send(message), invoker.timeout(),
                ManagedChannel::retryable);
        if (outcome instanceof CallOutcome.Success<DeliveryReceipt> success) {
            if (!success.result().messageId().equals(message.messageId())) {
                return invoker.failed(FailureKind.INVALID_RESULT, false, "foreign-receipt",
                        "the channel returned a receipt for another message", start, null);
            }
        }
        return outcome;
    }

    static boolean retryable(Throwable t) {
        return !(t instanceof ChannelException) || ((ChannelException) t).retryable();
    }

    void close() {
        invoker.call(() -> {
            channel.close();
            return Boolean.TRUE;
        });
        invoker.close();
    }
}
