package io.insurcrm.core.plugin;

import io.insurcrm.spi.SpiVersion;
import java.util.Objects;

/**
 * A loaded plugin, as the host describes it in logs and to administrators.
 *
 * @param name       the plugin's unique name
 * @param version    the plugin's own version
 * @param spiVersion the SPI version it was built for
 * @param source     where it came from: its class, and its jar when known
 */
public record PluginDescriptor(String name, String version, SpiVersion spiVersion, String source) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public PluginDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(spiVersion, "spiVersion");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return "plugin '" + name + "' " + version + " (SPI " + spiVersion + ", " + source + ")";
    }
}
