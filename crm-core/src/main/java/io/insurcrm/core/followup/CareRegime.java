package io.insurcrm.core.followup;

import io.insurcrm.core.segment.Segment;
import java.util.Objects;

/** Customers of {@code segment} need a {@code action} at least every {@code everyDays} days. */
public record CareRegime(Segment segment, CareAction action, int everyDays) {
    public CareRegime {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(action, "action");
        if (everyDays < 1) {
            throw new IllegalArgumentException("everyDays must be at least 1");
        }
    }
}
