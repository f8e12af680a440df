package io.insurcrm.examples.plugins.webhook;

import io.insurcrm.spi.ChannelFactory;
import io.insurcrm.spi.CrmPlugin;
import io.insurcrm.spi.SpiVersion;
import java.util.List;

/** Contributes the {@code webhook} channel factory. Listed in {@code META-INF/services/io.insurcrm.spi.CrmPlugin}. */
public final class WebhookPlugin implements CrmPlugin {

    @Override
    public String name() {
        return "insurcrm-webhook";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public SpiVersion spiVersion() {
        return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
    }

    @Override
    public List<ChannelFactory> getChannelFactories() {
        return List.of(new WebhookChannelFactory());
    }
}
