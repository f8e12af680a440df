package io.insurcrm.spi;

/**
 * The entry point of an InsurCRM plugin: a jar lists its implementation in
 * {@code META-INF/services/io.insurcrm.spi.CrmPlugin} and the host finds it with
 * {@link java.util.ServiceLoader}. Contributions (channels, alert and segment rules, event
 * listeners, importers) are added to this interface as {@code default} methods returning empty
 * lists, so that a new kind of contribution never breaks an existing plugin.
 */
public interface CrmPlugin {

    /** A unique, stable name, e.g. {@code acme-sms}; two plugins with one name fail start-up. */
    String name();

    /** The plugin's own version, for logs and diagnostics. */
    String version();

    /** The SPI version this plugin was compiled against. Leave the default unless you know why. */
    default SpiVersion spiVersion() {
        return SpiVersion.CURRENT;
    }
}
