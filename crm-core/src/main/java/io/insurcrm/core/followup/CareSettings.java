package io.insurcrm.core.followup;

import io.insurcrm.core.segment.Segment;
import java.util.List;
import java.util.Objects;

/**
 * Care regimes and the horizon of "my day".
 *
 * <p>Defaults ({@link #DEFAULTS}): key customers visited at least every 90 days, quality customers
 * called at least every 30 days; "my day" shows renewals ending within the next 30 days.
 */
public record CareSettings(List<CareRegime> regimes, int renewalHorizonDays) {
    public static final CareSettings DEFAULTS = new CareSettings(List.of(
            new CareRegime(Segment.KEY, CareAction.VISIT, 90),
            new CareRegime(Segment.QUALITY, CareAction.CALL, 30)), 30);

    public CareSettings {
        regimes = List.copyOf(Objects.requireNonNull(regimes, "regimes"));
        if (renewalHorizonDays < 0) {
            throw new IllegalArgumentException("renewalHorizonDays must not be negative");
        }
    }
}
