package io.insurcrm.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One configuration key of a plugin component, described as data.
 *
 * @param key          e.g. {@code host} or {@code retry.max}: lower-case letters, digits, {@code .},
 *                     {@code -} and {@code _}, starting with a letter
 * @param required     true if the key must be given (a required key has no default)
 * @param description  what the key means, its unit and its range, for an administrator
 * @param secret       true for passwords, tokens and keys: the host never logs or shows the value
 * @param defaultValue the value used when the key is absent; empty if none
 */
public record ConfigProperty(String key, boolean required, String description, boolean secret,
        Optional<String> defaultValue) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

    /**
     * Checks the description.
     *
     * @param key see the record component
     * @param required see the record component
     * @param description see the record component
     * @param secret see the record component
     * @param defaultValue see the record component
     * @throws IllegalArgumentException if the key is malformed, or a required key has a default
     */
    public ConfigProperty {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("config key must be lower-case letters, digits, '.', '-' or '_': " + key);
        }
        if (required && defaultValue.isPresent()) {
            throw new IllegalArgumentException("required config key '" + key + "' cannot have a default");
        }
    }

    /**
     * A key that must be given.
     *
     * @param key         the key
     * @param description what it means
     * @return the property
     */
    public static ConfigProperty required(String key, String description) {
        return new ConfigProperty(key, true, description, false, Optional.empty());
    }

    /**
     * A key with a default value.
     *
     * @param key          the key
     * @param defaultValue used when the key is absent
     * @param description  what it means
     * @return the property
     */
    public static ConfigProperty optional(String key, String defaultValue, String description) {
        return new ConfigProperty(key, false, description, false, Optional.of(defaultValue));
    }

    /**
     * A key that may be absent and has no default.
     *
     * @param key         the key
     * @param description what it means
     * @return the property
     */
    public static ConfigProperty optional(String key, String description) {
        return new ConfigProperty(key, false, description, false, Optional.empty());
    }

    /**
     * The same property, marked secret.
     *
     * @return a copy whose value the host never logs
     */
    public ConfigProperty asSecret() {
        return new ConfigProperty(key, required, description, true, defaultValue);
    }
}
