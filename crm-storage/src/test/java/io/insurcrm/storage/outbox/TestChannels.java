package io.insurcrm.storage.outbox;

import io.insurcrm.spi.Channel;
import io.insurcrm.spi.ChannelContext;
import io.insurcrm.spi.ChannelException;
import io.insurcrm.spi.ChannelFactory;
import io.insurcrm.spi.CrmPlugin;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.InboundSink;
import io.insurcrm.spi.OutboundMessage;
import io.insurcrm.spi.SpiVersion;
import io.insurcrm.spi.ContactKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Channels for the outbox tests, written against the SPI only, as a plugin author would: each is a
 * {@link Behaviour} that sees every message; the plugin records what reached it and keeps the
 * inbound sink its context gave it.
 */
final class TestChannels implements CrmPlugin {

    /** What a channel does with one message. */
    interface Behaviour {
        DeliveryReceipt send(OutboundMessage message, int attempt) throws Exception;

        /** The kinds of address the channel can deliver to: all by default. */
        default Set<ContactKind> kinds() {
            return EnumSet.allOf(ContactKind.class);
        }
    }

    /** Every message that reached a channel, in order (the same message once per attempt). */
    final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();
    /** The inbound sink the host gave the channels. */
    final AtomicReference<InboundSink> inbound = new AtomicReference<>();

    private final String name;
    private final SpiVersion spi;
    private final Map<String, Behaviour> channels;

    TestChannels(String name, Map<String, Behaviour> channels) {
        this(name, new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR), channels);
    }

    TestChannels(String name, SpiVersion spi, Map<String, Behaviour> channels) {
        this.name = name;
        this.spi = spi;
        this.channels = channels;
    }

    /** Accepts every message with a gateway reference {@code gw-<message id>}. */
    static DeliveryReceipt accept(OutboundMessage m) {
        return DeliveryReceipt.accepted(m.messageId(), "gw-" + m.messageId(), m.createdAt(), "250 queued");
    }

    /**
     * The configuration naming every channel of this plugin as a component (a factory becomes a
     * running channel only when configured), plus {@code extra} keys.
     */
    Map<String, String> properties(String... extra) {
        Map<String, String> p = new java.util.TreeMap<>();
        channels.keySet().forEach(n -> p.put("channel." + n + ".factory", n));
        for (int i = 0; i < extra.length; i += 2) {
            p.put(extra[i], extra[i + 1]);
        }
        return p;
    }

    /** Sends of one channel, by message id order of arrival. */
    List<OutboundMessage> sentVia(String channel) {
        List<OutboundMessage> out = new ArrayList<>();
        sent.forEach(m -> {
            if (m.channel().equals(channel)) {
                out.add(m);
            }
        });
        return out;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return "1.0-test";
    }

    @Override
    public SpiVersion spiVersion() {
        return spi;
    }

    @Override
    public List<ChannelFactory> getChannelFactories() {
        List<ChannelFactory> out = new ArrayList<>();
        channels.forEach((channelName, behaviour) -> out.add(new ChannelFactory() {
            @Override
            public String name() {
                return channelName;
            }

            @Override
            public Channel create(Map<String, String> config, ChannelContext context) {
                inbound.set(context.inbound());
                return new Channel() {
                    @Override
                    public Set<ContactKind> supportedKinds() {
                        return behaviour.kinds();
                    }

                    @Override
                    public DeliveryReceipt send(OutboundMessage message) throws ChannelException {
                        return sendVia(behaviour, message);
                    }
                };
            }
        }));
        return out;
    }

    private DeliveryReceipt sendVia(Behaviour behaviour, OutboundMessage message) throws ChannelException {
                    sent.add(message);
                    int attempt = (int) sentVia(message.channel()).stream()
                            .filter(m -> m.messageId().equals(message.messageId())).count();
                    try {
                        return behaviour.send(message, attempt);
                    } catch (ChannelException | RuntimeException e) {
                        throw e;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw ChannelException.retryable("interrupted", e);
                    } catch (Exception e) {
                        throw ChannelException.retryable(e.getClass().getSimpleName(), e);
                    }
    }
}
