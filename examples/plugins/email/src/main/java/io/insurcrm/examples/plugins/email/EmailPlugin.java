package io.insurcrm.examples.plugins.email;

import io.insurcrm.spi.ChannelFactory;
import io.insurcrm.spi.CrmPlugin;
import io.insurcrm.spi.SpiVersion;
import java.util.List;

/** Contributes the {@code email} channel factory. Listed in {@code META-INF/services/io.insurcrm.spi.CrmPlugin}. */
public final class EmailPlugin implements CrmPlugin {

    @Override
    public String name() {
        return "insurcrm-email";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public SpiVersion spiVersion() {
        // Compile-time constants: inlined here by javac, so this states the SPI the plugin was built with.
        return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
    }

    @Override
    public List<ChannelFactory> getChannelFactories() {
        return List.of(new EmailChannelFactory());
    }
}
