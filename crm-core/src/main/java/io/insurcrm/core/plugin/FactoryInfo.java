package io.insurcrm.core.plugin;

import io.insurcrm.spi.ConfigProperty;
import java.util.List;
import java.util.Objects;

/**
 * A factory a plugin contributes, with its configuration described as data (for validation, for
 * masking secrets and for showing the options to an administrator).
 *
 * @param kind        what it creates
 * @param name        its unique name within the kind
 * @param description one line on what it does
 * @param plugin      the plugin it comes from
 * @param properties  the configuration keys the plugin understands (the host's reserved keys are
 *                    in {@link ComponentSettings#hostProperties})
 */
public record FactoryInfo(ComponentKind kind, String name, String description, PluginDescriptor plugin,
        List<ConfigProperty> properties) {

    /**
     * Checks and copies.
     *
     * @throws NullPointerException if a component is null
     */
    public FactoryInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(plugin, "plugin");
        properties = List.copyOf(properties);
    }
}
