package io.insurcrm.spi;

import java.util.List;

/**
 * The entry point of an InsurCRM plugin. A plugin jar lists its implementation in
 * {@code META-INF/services/io.insurcrm.spi.CrmPlugin}; the host finds it with
 * {@link java.util.ServiceLoader} (or is handed an instance). The implementation needs a public
 * no-argument constructor and should do no work in it.
 *
 * <p>A plugin hands over <em>factories</em>, never live objects: the host validates each
 * component's configuration against {@link PluginFactory#configProperties()} and then calls
 * {@code create}. Every contribution getter is a {@code default} method returning an empty list,
 * so a new kind of contribution added in a later minor SPI version never breaks an existing plugin.
 *
 * <pre>{@code
 * public final class AcmePlugin implements CrmPlugin {
 *     public String name() { return "acme"; }
 *     public String version() { return "1.2.0"; }
 *     public SpiVersion spiVersion() { return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR); }
 *     public List<ChannelFactory> getChannelFactories() { return List.of(new AcmeSmsChannelFactory()); }
 * }
 * }</pre>
 */
public interface CrmPlugin {

    /**
     * A unique, stable name, e.g. {@code acme-sms}; two plugins with one name fail start-up.
     *
     * @return lower-case letters, digits, {@code -} and {@code _}
     */
    String name();

    /**
     * The plugin's own version, for logs and diagnostics.
     *
     * @return any non-blank text, e.g. {@code 1.2.0}
     */
    String version();

    /**
     * The SPI version this plugin was compiled against. Implement it exactly as
     * {@code return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);}: those two constants are
     * copied into the plugin's class file by the compiler, so the value survives a change of the
     * host's SPI jar. (There is deliberately no default: a default method, or
     * {@link SpiVersion#CURRENT}, would run the host's code and always report the host's version.)
     *
     * @return the version the plugin was built for
     */
    SpiVersion spiVersion();

    /**
     * Outbound-message channels (e-mail, SMS, WeChat, call centre…).
     *
     * @return the factories, each with a unique name; empty by default
     */
    default List<ChannelFactory> getChannelFactories() {
        return List.of();
    }

    /**
     * Alert rules over per-customer facts.
     *
     * @return the factories, each with a unique name; empty by default
     */
    default List<AlertRuleFactory> getAlertRuleFactories() {
        return List.of();
    }

    /**
     * Segment and score rules over per-customer facts.
     *
     * @return the factories, each with a unique name; empty by default
     */
    default List<SegmentRuleFactory> getSegmentRuleFactories() {
        return List.of();
    }

    /**
     * Listeners to domain events (customer created, claim filed, complaint escalated…).
     *
     * @return the factories, each with a unique name; empty by default
     */
    default List<EventListenerFactory> getEventListenerFactories() {
        return List.of();
    }

    /**
     * Importers that feed rows from an insurer's core systems.
     *
     * @return the factories, each with a unique name; empty by default
     */
    default List<ImporterFactory> getImporterFactories() {
        return List.of();
    }
}
