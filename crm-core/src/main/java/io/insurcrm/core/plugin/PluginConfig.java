package io.insurcrm.core.plugin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Splits flat configuration properties into per-component maps:
 * {@code channel.email.host=smtp.example.com} configures key {@code host} of the channel named
 * {@code email}; {@code alert-rule.early-claim.days=30} key {@code days} of the alert rule
 * {@code early-claim}. A component's name is the segment after the kind's prefix (no dots); the
 * rest of the property name, dots included, is the key.
 *
 * @param components for each kind, component name to its key/value configuration
 */
public record PluginConfig(Map<ComponentKind, Map<String, Map<String, String>>> components) {

    /**
     * Copies deeply.
     *
     * @throws NullPointerException if a map, key or value is null
     */
    public PluginConfig {
        Map<ComponentKind, Map<String, Map<String, String>>> copy = new EnumMap<>(ComponentKind.class);
        components.forEach((kind, byName) -> {
            Map<String, Map<String, String>> names = new TreeMap<>();
            byName.forEach((name, cfg) -> names.put(name, Map.copyOf(cfg)));
            copy.put(kind, Collections.unmodifiableMap(names));
        });
        components = Collections.unmodifiableMap(copy);
    }

    /**
     * @param kind a kind
     * @return the components configured of that kind, by name; empty if none
     */
    public Map<String, Map<String, String>> of(ComponentKind kind) {
        return components.getOrDefault(kind, Map.of());
    }

    /**
     * Reads plugin properties, every one of which must start with a kind's prefix, a component name
     * and a key ({@code channel.email.host}).
     *
     * @param properties the properties, e.g. a dedicated {@code plugins.properties} file
     * @return the configuration
     * @throws InvalidPluginConfigException listing every property that fits no kind, with a "did you mean" hint
     */
    public static PluginConfig parse(Map<String, String> properties) {
        List<String> prefixes = Arrays.stream(ComponentKind.values()).map(ComponentKind::prefix)
                .collect(Collectors.toList());
        Map<ComponentKind, Map<String, Map<String, String>>> out = new EnumMap<>(ComponentKind.class);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(properties).entrySet()) {
            String property = e.getKey().strip();
            String[] parts = property.split("\\.", 3);
            ComponentKind kind = parts.length == 3 ? kindOf(parts[0]) : null;
            if (kind == null) {
                problems.add("property '" + property + "' is not <kind>.<name>.<key> with a kind among " + prefixes
                        + (parts.length > 0 ? ConfigText.hint(parts[0], prefixes).replace("did you mean '",
                                "did you mean the kind '") : ""));
                continue;
            }
            out.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(parts[1], n -> new LinkedHashMap<>())
                    .put(parts[2], e.getValue() == null ? "" : e.getValue().strip());
        }
        if (!problems.isEmpty()) {
            throw new InvalidPluginConfigException(problems);
        }
        return new PluginConfig(out);
    }

    /**
     * Reads plugin properties from a {@link Properties} object, as {@link #parse(Map)} does.
     *
     * @param properties the properties
     * @return the configuration
     * @throws InvalidPluginConfigException listing every property that fits no kind
     */
    public static PluginConfig parse(Properties properties) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            map.put(name, properties.getProperty(name));
        }
        return parse(map);
    }

    private static ComponentKind kindOf(String prefix) {
        for (ComponentKind k : ComponentKind.values()) {
            if (k.prefix().equals(prefix)) {
                return k;
            }
        }
        return null;
    }
}
