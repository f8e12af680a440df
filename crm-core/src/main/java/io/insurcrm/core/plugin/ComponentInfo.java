package io.insurcrm.core.plugin;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A configured component: its name, the factory and plugin behind it, the host's settings for it,
 * and its effective configuration with secrets masked (safe to log or show).
 *
 * @param kind            what it is
 * @param name            its configured name, e.g. {@code email}
 * @param factory         the factory that created it
 * @param settings        how the host calls it
 * @param maskedConfig    the effective plugin configuration, sorted by key, defaults included, secrets shown as {@code ******}
 */
public record ComponentInfo(ComponentKind kind, String name, FactoryInfo factory, ComponentSettings settings,
        Map<String, String> maskedConfig) {

    /**
     * Checks and copies.
     *
     * @throws NullPointerException if a component is null
     */
    public ComponentInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(settings, "settings");
        maskedConfig = Collections.unmodifiableMap(new TreeMap<>(maskedConfig));
    }

    /**
     * @return e.g. {@code channel 'email'}
     */
    public String label() {
        return kind.prefix() + " '" + name + "'";
    }
}
