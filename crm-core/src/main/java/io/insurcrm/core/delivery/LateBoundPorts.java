package io.insurcrm.core.delivery;

import io.insurcrm.spi.CustomerDirectory;
import io.insurcrm.spi.CustomerSnapshot;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.InboundInteraction;
import io.insurcrm.spi.InboundSink;
import java.util.Objects;
import java.util.Optional;

/**
 * The host services plugins receive at creation, bound once the services exist: the plugin host is
 * created before the injector (so an incompatible or misconfigured plugin fails start-up before
 * anything else), while the directory and the sink need the injector's services. Until bound, the
 * directory knows no one and the sink refuses reports.
 */
public final class LateBoundPorts implements CustomerDirectory, InboundSink {
    private volatile CustomerDirectory directory = CustomerDirectory.empty();
    private volatile InboundSink sink = InboundSink.refusing();

    /**
     * @param directory the real directory
     * @param sink      the real sink
     */
    public void bind(CustomerDirectory directory, InboundSink sink) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public Optional<CustomerSnapshot> find(String identifier) {
        return directory.find(identifier);
    }

    @Override
    public void interaction(InboundInteraction interaction) {
        sink.interaction(interaction);
    }

    @Override
    public void receipt(DeliveryReceipt receipt) {
        sink.receipt(receipt);
    }
}
