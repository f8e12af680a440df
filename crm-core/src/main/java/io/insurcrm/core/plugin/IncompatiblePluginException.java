package io.insurcrm.core.plugin;

import io.insurcrm.spi.SpiVersion;

/**
 * A plugin was built for an SPI version this host cannot run: another major version, or a newer
 * minor one. Start-up fails rather than letting the plugin break at its first call.
 */
public final class IncompatiblePluginException extends PluginException {
    private static final long serialVersionUID = 1L;

    private final String pluginName;
    private final transient SpiVersion pluginSpiVersion;
    private final transient SpiVersion hostSpiVersion;

    IncompatiblePluginException(String pluginName, String source, SpiVersion pluginSpiVersion, SpiVersion hostSpiVersion) {
        super("plugin '" + pluginName + "' (" + source + ") was built for InsurCRM SPI " + pluginSpiVersion
                + " but this host implements SPI " + hostSpiVersion + "; it needs a plugin built for SPI "
                + hostSpiVersion.major() + ".0 to " + hostSpiVersion + " (use a matching plugin release, or upgrade InsurCRM)");
        this.pluginName = pluginName;
        this.pluginSpiVersion = pluginSpiVersion;
        this.hostSpiVersion = hostSpiVersion;
    }

    IncompatiblePluginException(String source, SpiVersion hostSpiVersion, LinkageError cause) {
        super("plugin " + source + " cannot be linked against InsurCRM SPI " + hostSpiVersion + " ("
                + cause.getClass().getSimpleName() + "); it was probably built for another SPI version", cause);
        this.pluginName = source;
        this.pluginSpiVersion = null;
        this.hostSpiVersion = hostSpiVersion;
    }

    /**
     * @return the plugin's name, or its class if it could not even tell its name
     */
    public String pluginName() {
        return pluginName;
    }

    /**
     * @return the SPI version the plugin declares; null if it could not be asked
     */
    public SpiVersion pluginSpiVersion() {
        return pluginSpiVersion;
    }

    /**
     * @return the SPI version of this host
     */
    public SpiVersion hostSpiVersion() {
        return hostSpiVersion;
    }
}
