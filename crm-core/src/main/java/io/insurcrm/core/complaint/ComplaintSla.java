package io.insurcrm.core.complaint;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The SLA table: how long a complaint may stay in each non-final state, and how long a unit gets
 * after an escalation before the complaint escalates again.
 *
 * <p>Defaults ({@link #DEFAULTS}): received 1 day (confirm), confirmed 1 day (register), registered
 * 2 days (transfer), transferred 2 days (coordinate), coordinated 5 days (handle), handled 2 days
 * (give feedback), feedback given 7 days (archive); after an escalation 1 day.
 */
public record ComplaintSla(Map<ComplaintState, Duration> perState, Duration afterEscalation) {
    public static final ComplaintSla DEFAULTS = new ComplaintSla(defaults(), Duration.ofDays(1));

    public ComplaintSla {
        Objects.requireNonNull(perState, "perState");
        Objects.requireNonNull(afterEscalation, "afterEscalation");
        for (ComplaintState s : ComplaintState.values()) {
            Duration d = perState.get(s);
            if (!s.isFinal() && (d == null || d.isNegative() || d.isZero())) {
                throw new IllegalArgumentException("the SLA of " + s + " must be a positive duration");
            }
        }
        if (afterEscalation.isNegative() || afterEscalation.isZero()) {
            throw new IllegalArgumentException("afterEscalation must be positive");
        }
        perState = Map.copyOf(perState);
    }

    /** The deadline of a complaint that entered {@code state} at {@code enteredAt}; null for final states. */
    public java.time.Instant deadline(ComplaintState state, java.time.Instant enteredAt) {
        return state.isFinal() ? null : enteredAt.plus(perState.get(state));
    }

    /** A copy with one state's SLA changed. */
    public ComplaintSla with(ComplaintState state, Duration duration) {
        Map<ComplaintState, Duration> m = new EnumMap<>(perState);
        m.put(state, duration);
        return new ComplaintSla(m, afterEscalation);
    }

    private static Map<ComplaintState, Duration> defaults() {
        Map<ComplaintState, Duration> m = new EnumMap<>(ComplaintState.class);
        m.put(ComplaintState.RECEIVED, Duration.ofDays(1));
        m.put(ComplaintState.CONFIRMED, Duration.ofDays(1));
        m.put(ComplaintState.REGISTERED, Duration.ofDays(2));
        m.put(ComplaintState.TRANSFERRED, Duration.ofDays(2));
        m.put(ComplaintState.COORDINATED, Duration.ofDays(5));
        m.put(ComplaintState.HANDLED, Duration.ofDays(2));
        m.put(ComplaintState.FEEDBACK_GIVEN, Duration.ofDays(7));
        return m;
    }
}
