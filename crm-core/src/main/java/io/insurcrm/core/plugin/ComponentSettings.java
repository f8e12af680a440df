package io.insurcrm.core.plugin;

import io.insurcrm.spi.ConfigProperty;
import io.insurcrm.spi.ConfigValues;
import io.insurcrm.spi.PluginConfigException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The host's own settings of one configured component, read from reserved keys next to the
 * plugin's keys ({@code channel.email.call-timeout=20s}). They govern how the host calls the
 * component: which factory backs it, how long a call may take, how many calls run at once, and,
 * for channels and event listeners, how the dispatcher retries.
 *
 * @param factory        the factory's name; defaults to the component's name
 * @param callTimeout    how long one call may run before the host gives up on it
 * @param maxConcurrency how many calls may run at once (a bulkhead: a hung component blocks only its own slots)
 * @param maxAttempts    deliveries tried before a message or event goes to the dead-letter state
 * @param initialBackoff wait after the first failed attempt; doubled after each further failure
 * @param maxBackoff     the longest wait between attempts
 */
public record ComponentSettings(String factory, Duration callTimeout, int maxConcurrency, int maxAttempts,
        Duration initialBackoff, Duration maxBackoff) {

    /** Key naming the factory that backs a component. */
    public static final String FACTORY = "factory";

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a duration is not positive or a count is below 1
     */
    public ComponentSettings {
        Objects.requireNonNull(factory, "factory");
        requirePositive(callTimeout, "callTimeout");
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        if (maxConcurrency < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("maxConcurrency and maxAttempts must be at least 1");
        }
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /**
     * The wait before the next attempt after attempt number {@code failedAttempt} (1-based) failed:
     * {@code initialBackoff * 2^(failedAttempt-1)}, at most {@code maxBackoff}; empty when no attempt
     * is left and the item goes to the dead-letter state. Jitter, if wanted, is the caller's to add.
     *
     * @param failedAttempt the number of the attempt that just failed, from 1
     * @return the wait, or empty if the attempts are used up
     */
    public Optional<Duration> backoffAfter(int failedAttempt) {
        if (failedAttempt < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1");
        }
        if (failedAttempt >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = failedAttempt - 1;
        if (doublings >= 31) {
            return Optional.of(maxBackoff);
        }
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return Optional.of(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
    }

    /**
     * The reserved keys of a kind of component, with their defaults, described like plugin keys.
     *
     * @param kind the kind
     * @return the keys the host reads itself and never passes to the plugin
     */
    public static List<ConfigProperty> hostProperties(ComponentKind kind) {
        List<ConfigProperty> p = new ArrayList<>();
        p.add(ConfigProperty.optional(FACTORY, "the factory backing this component; defaults to the component's name"));
        p.add(ConfigProperty.optional("call-timeout", defaultTimeout(kind),
                "longest time one call into the plugin may take (e.g. 30s), after which the host gives up on it"));
        p.add(ConfigProperty.optional("max-concurrency", kind == ComponentKind.IMPORTER ? "1" : "4",
                "calls into this component that may run at once, 1..256"));
        if (kind == ComponentKind.CHANNEL || kind == ComponentKind.EVENT_LISTENER) {
            p.add(ConfigProperty.optional("max-attempts", "8", "delivery attempts before the dead-letter state, 1..100"));
            p.add(ConfigProperty.optional("backoff.initial", "30s", "wait after the first failed attempt, doubled after each"));
            p.add(ConfigProperty.optional("backoff.max", "1h", "longest wait between attempts"));
        }
        return List.copyOf(p);
    }

    private static String defaultTimeout(ComponentKind kind) {
        switch (kind) {
            case IMPORTER:
                return "1h";
            case ALERT_RULE:
            case SEGMENT_RULE:
                return "10s";
            default:
                return "30s";
        }
    }

    /**
     * Reads the reserved keys of a component.
     *
     * @param kind          the kind
     * @param componentName the component's name, the default factory name
     * @param config        the component's whole configuration
     * @return the settings
     * @throws PluginConfigException naming the key if a value is malformed
     */
    static ComponentSettings read(ComponentKind kind, String componentName, Map<String, String> config) {
        ConfigValues v = ConfigValues.of(config);
        List<ConfigProperty> p = hostProperties(kind);
        String factory = v.optional(p.get(0)).orElse(componentName);
        Duration timeout = v.duration(p.get(1), Duration.ofDays(1));
        int concurrency = v.integer(p.get(2), 1, 256);
        if (p.size() == 3) {
            return new ComponentSettings(factory, timeout, concurrency, 1, Duration.ofSeconds(1), Duration.ofSeconds(1));
        }
        int attempts = v.integer(p.get(3), 1, 100);
        Duration initial = v.duration(p.get(4), Duration.ofDays(1));
        Duration max = v.duration(p.get(5), Duration.ofDays(7));
        if (max.compareTo(initial) < 0) {
            throw new PluginConfigException("backoff.max", "must not be shorter than backoff.initial");
        }
        return new ComponentSettings(factory, timeout, concurrency, attempts, initial, max);
    }
}
