package io.insurcrm.analytics.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * What one analytics run did.
 *
 * @param customers      customers classified and stored in the snapshot
 * @param alertsByRule   alerts raised per rule id
 */
public record AnalyticsRunReport(LocalDate asOf, long customers, Map<ValueTier, Long> tierCounts,
        Map<String, Long> alertsByRule, Duration elapsed) {
    public AnalyticsRunReport {
        tierCounts = Map.copyOf(tierCounts);
        alertsByRule = Map.copyOf(alertsByRule);
    }

    public long alerts() {
        return alertsByRule.values().stream().mapToLong(Long::longValue).sum();
    }
}
