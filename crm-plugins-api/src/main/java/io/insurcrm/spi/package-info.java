/**
 * The InsurCRM plugin SPI: what a plugin sees and implements. It depends on the JDK only and holds
 * interfaces, records and enums of its own (plus two exceptions), never types of the CRM's core.
 *
 * <p>Entry point: {@link io.insurcrm.spi.CrmPlugin}, found through {@code META-INF/services}. It
 * hands over factories: {@link io.insurcrm.spi.ChannelFactory}, {@link io.insurcrm.spi.AlertRuleFactory},
 * {@link io.insurcrm.spi.SegmentRuleFactory}, {@link io.insurcrm.spi.EventListenerFactory} and
 * {@link io.insurcrm.spi.ImporterFactory}, each describing its configuration as
 * {@link io.insurcrm.spi.ConfigProperty} data and creating a component from a key/value map and a
 * narrow {@link io.insurcrm.spi.PluginContext}.
 *
 * <p>Versioning ({@link io.insurcrm.spi.SpiVersion}): a minor version only adds (default methods,
 * new types, new enum constants); a major version may break, and a host refuses plugins of another
 * major, or of a newer minor, at start-up.
 */
package io.insurcrm.spi;
