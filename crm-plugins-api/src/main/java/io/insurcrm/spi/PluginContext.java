package io.insurcrm.spi;

import java.time.Clock;

/**
 * The host's services as a plugin component sees them: deliberately narrow. A component receives
 * its context once, in its factory's {@code create}, and may keep it. The host implements this
 * interface; methods added in later minor SPI versions will be {@code default} methods.
 */
public interface PluginContext {

    /**
     * The name this component was configured under, e.g. {@code email} or {@code sms-guangdong}
     * (one factory may back several configured components). Use it in log lines and as the rule id
     * of findings.
     *
     * @return the configured name
     */
    String componentName();

    /**
     * The clock to read "now" from; never {@code Instant.now()}, so that tests and replays are exact.
     *
     * @return the host's clock
     */
    Clock clock();

    /**
     * A logger routed into the host's logging, named after the plugin and component. Never log
     * personal data: names, ID numbers, mobiles, e-mail addresses, message bodies.
     *
     * @return the logger
     */
    System.Logger logger();

    /**
     * The SPI version the host implements, which may be a newer minor than the plugin was built for.
     *
     * @return the host's SPI version
     */
    SpiVersion hostSpiVersion();

    /**
     * A read-only view of customers, restricted by the host's access policy for plugins.
     *
     * @return the directory
     */
    CustomerDirectory customers();

    /**
     * A context for running a component outside a host, e.g. in the plugin's own unit tests: the
     * given clock, a {@link System.Logger} named {@code insurcrm.plugin.<componentName>}, this
     * jar's SPI version and an empty customer directory.
     *
     * @param componentName the component's name
     * @param clock         the clock
     * @return the context
     */
    static PluginContext standalone(String componentName, Clock clock) {
        return ChannelContext.standalone(componentName, clock, InboundSink.refusing());
    }
}
