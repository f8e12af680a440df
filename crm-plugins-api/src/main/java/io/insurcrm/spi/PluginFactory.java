package io.insurcrm.spi;

import java.util.List;

/**
 * What every factory a plugin contributes has in common: a name and a description of its
 * configuration as data, so the host can validate a configuration (unknown keys, missing required
 * keys), apply defaults, mask secrets in logs and show the options to an administrator before any
 * plugin code runs.
 *
 * <p>The host passes to {@code create} only keys listed here, with defaults filled in. The factory
 * still validates the values (numbers, ranges, URLs…) and throws {@link PluginConfigException}
 * naming the key; {@link ConfigValues} does the common checks.
 */
public interface PluginFactory {

    /**
     * The factory's name, unique among the factories of its kind across all plugins (two channel
     * factories named {@code email} fail start-up). A configuration selects the factory by it.
     *
     * @return lower-case letters, digits, {@code -} and {@code _}
     */
    String name();

    /**
     * One line on what the component does, for an administrator.
     *
     * @return a description; empty by default
     */
    default String description() {
        return "";
    }

    /**
     * Every configuration key the component understands.
     *
     * @return the keys, each listed once; empty by default (the component takes no configuration)
     */
    default List<ConfigProperty> configProperties() {
        return List.of();
    }
}
