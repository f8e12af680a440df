package io.insurcrm.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed, validated reads of a component's configuration map, for use inside a factory's
 * {@code create}. Every read takes the {@link ConfigProperty} that describes the key, falls back to
 * its default, and throws {@link PluginConfigException} naming the key (never the value) when the
 * value is missing or malformed. It does not require the host to have filled in defaults, so a
 * plugin behaves the same in its own unit tests.
 *
 * @param values the raw key/value pairs, as given to {@code create}
 */
public record ConfigValues(Map<String, String> values) {

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    /**
     * Copies the map.
     *
     * @param values see the record component
     * @throws NullPointerException if the map or one of its keys or values is null
     */
    public ConfigValues {
        values = Map.copyOf(values);
    }

    /**
     * Wraps a configuration map.
     *
     * @param values the raw key/value pairs
     * @return the wrapper
     */
    public static ConfigValues of(Map<String, String> values) {
        return new ConfigValues(values);
    }

    /**
     * The value, or the default; empty if the key is absent (or blank) and has no default.
     *
     * @param property the key's description
     * @return the stripped value
     * @throws PluginConfigException if the key is required and absent
     */
    public Optional<String> optional(ConfigProperty property) {
        String raw = values.get(property.key());
        if (raw != null && !raw.isBlank()) {
            return Optional.of(raw.strip());
        }
        if (property.required()) {
            throw new PluginConfigException(property.key(), "is required");
        }
        return property.defaultValue();
    }

    /**
     * The value, or the default.
     *
     * @param property the key's description
     * @return the stripped value
     * @throws PluginConfigException if the key is absent and has no default
     */
    public String string(ConfigProperty property) {
        return optional(property).orElseThrow(() -> new PluginConfigException(property.key(), "is required"));
    }

    /**
     * An integer within bounds.
     *
     * @param property the key's description
     * @param min      smallest accepted value
     * @param max      largest accepted value
     * @return the value
     * @throws PluginConfigException if absent without default, not an integer, or out of bounds
     */
    public int integer(ConfigProperty property, int min, int max) {
        String text = string(property);
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, without the value
        }
        throw new PluginConfigException(property.key(), "must be an integer " + min + ".." + max);
    }

    /**
     * {@code true} or {@code false}, any case.
     *
     * @param property the key's description
     * @return the value
     * @throws PluginConfigException if absent without default or neither true nor false
     */
    public boolean bool(ConfigProperty property) {
        String text = string(property).toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new PluginConfigException(property.key(), "must be true or false");
    }

    /**
     * A positive duration, written {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d} or as
     * ISO-8601 ({@code PT30S}).
     *
     * @param property the key's description
     * @param max      the longest accepted duration
     * @return the value
     * @throws PluginConfigException if absent without default, malformed, not positive or above {@code max}
     */
    public Duration duration(ConfigProperty property, Duration max) {
        String text = string(property);
        Duration value = parseDuration(text);
        if (value == null || value.isZero() || value.isNegative() || value.compareTo(max) > 0) {
            throw new PluginConfigException(property.key(),
                    "must be a positive duration such as 500ms, 30s or 5m, at most " + max);
        }
        return value;
    }

    /**
     * An absolute URI whose scheme is one of {@code schemes}.
     *
     * @param property the key's description
     * @param schemes  accepted schemes, lower case, e.g. {@code http} and {@code https}
     * @return the value
     * @throws PluginConfigException if absent without default, malformed, relative, or of another scheme
     */
    public URI uri(ConfigProperty property, String... schemes) {
        String text = string(property);
        try {
            URI uri = new URI(text);
            if (uri.isAbsolute() && uri.getHost() != null) {
                for (String scheme : schemes) {
                    if (scheme.equalsIgnoreCase(uri.getScheme())) {
                        return uri;
                    }
                }
            }
        } catch (URISyntaxException e) {
            // reported below, without the value
        }
        throw new PluginConfigException(property.key(),
                "must be an absolute URL with a host and scheme " + String.join(" or ", schemes));
    }

    /**
     * Parses a duration in the forms {@link #duration} accepts.
     *
     * @param text the text
     * @return the duration, or null if the text is in no accepted form
     */
    public static Duration parseDuration(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SIMPLE_DURATION.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "ms":
                    return Duration.ofMillis(n);
                case "s":
                    return Duration.ofSeconds(n);
                case "m":
                    return Duration.ofMinutes(n);
                case "h":
                    return Duration.ofHours(n);
                default:
                    return Duration.ofDays(n);
            }
        }
        try {
            return Duration.parse(s.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
