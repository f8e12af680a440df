package io.insurcrm.core.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A clock truncated to microseconds, the precision both databases keep, so an instant read back
 * equals the one written. ({@code Clock.tick(clock, Duration.ofNanos(1000))} would do the same, but
 * its {@code millis()} divides by zero on JDK 17 for sub-millisecond ticks.)
 */
public final class MicrosecondClock extends Clock {
    private final Clock base;

    public MicrosecondClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MicrosecondClock(base.withZone(zone));
    }

    @Override
    public long millis() {
        return base.millis();
    }

    @Override
    public Instant instant() {
        return base.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MicrosecondClock other && base.equals(other.base);
    }

    @Override
    public int hashCode() {
        return base.hashCode() ^ 0x4d696372;
    }
}
