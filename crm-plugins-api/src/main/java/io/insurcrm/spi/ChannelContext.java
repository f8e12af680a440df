package io.insurcrm.spi;

import java.time.Clock;
import java.util.Objects;

/**
 * The context of a channel: the {@link PluginContext} plus a sink for what arrives on the channel
 * (customers' replies, asynchronous delivery reports).
 */
public interface ChannelContext extends PluginContext {

    /**
     * Where the channel reports inbound interactions and delivery reports. The host stores them
     * durably and idempotently (by external reference), so the channel may report the same event twice.
     *
     * @return the sink
     */
    InboundSink inbound();

    /**
     * A channel context for running a channel outside a host, e.g. in the plugin's own tests.
     *
     * @param componentName the channel's name
     * @param clock         the clock
     * @param inbound       where inbound interactions and receipts go
     * @return the context
     */
    static ChannelContext standalone(String componentName, Clock clock, InboundSink inbound) {
        Objects.requireNonNull(componentName, "componentName");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(inbound, "inbound");
        System.Logger logger = System.getLogger("insurcrm.plugin." + componentName);
        return new ChannelContext() {
            @Override
            public String componentName() {
                return componentName;
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public System.Logger logger() {
                return logger;
            }

            @Override
            public SpiVersion hostSpiVersion() {
                return SpiVersion.CURRENT;
            }

            @Override
            public CustomerDirectory customers() {
                return CustomerDirectory.empty();
            }

            @Override
            public InboundSink inbound() {
                return inbound;
            }
        };
    }
}
