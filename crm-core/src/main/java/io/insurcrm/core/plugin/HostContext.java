package io.insurcrm.core.plugin;

import io.insurcrm.spi.ChannelContext;
import io.insurcrm.spi.CustomerDirectory;
import io.insurcrm.spi.InboundSink;
import io.insurcrm.spi.SpiVersion;
import java.time.Clock;

/** The host's implementation of the plugin context: the same narrow services for every component. */
record HostContext(String componentName, Clock clock, System.Logger logger, SpiVersion hostSpiVersion,
        CustomerDirectory customers, InboundSink inbound) implements ChannelContext {
}
