package io.insurcrm.core.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox dispatcher works, with documented defaults. Retries, back-off and timeouts are
 * per channel and per listener ({@code channel.<name>.max-attempts}, {@code backoff.initial},
 * {@code backoff.max}, {@code call-timeout}, {@code max-concurrency}; see docs/PLUGINS.md).
 *
 * @param batchSize    items one round claims per channel or listener (default 50)
 * @param lease        how long a claim protects an item from other dispatchers, on top of the time
 *                     the claimed batch may take ({@code call-timeout × ⌈batch / max-concurrency⌉});
 *                     an item left DELIVERING by a stopped JVM is due again when the lease ends (default 5 min)
 * @param pollInterval pause between two rounds of one channel or listener when the background
 *                     dispatcher runs (default 5 s)
 */
public record OutboxSettings(int batchSize, Duration lease, Duration pollInterval) {

    /** 50 per round, a 5-minute lease, a 5-second poll interval. */
    public static final OutboxSettings DEFAULTS = new OutboxSettings(50, Duration.ofMinutes(5), Duration.ofSeconds(5));

    /** Checks the values. */
    public OutboxSettings {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize must be 1..10000");
        }
        if (lease.isNegative() || lease.isZero() || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("lease and pollInterval must be positive");
        }
    }

    /**
     * @param d the pause between rounds of the background dispatcher
     * @return these settings with that interval
     */
    public OutboxSettings withPollInterval(Duration d) {
        return new OutboxSettings(batchSize, lease, d);
    }

    /**
     * @param d the claim lease
     * @return these settings with that lease
     */
    public OutboxSettings withLease(Duration d) {
        return new OutboxSettings(batchSize, d, pollInterval);
    }
}
