package io.insurcrm.benchmarks.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.CustomerFacts;
import io.insurcrm.analytics.model.Segmentation;
import io.insurcrm.analytics.rules.AlertContext;
import io.insurcrm.analytics.rules.AlertRule;
import io.insurcrm.analytics.rules.AnalyticsSettings;
import io.insurcrm.analytics.rules.BuiltInAlertRules;
import io.insurcrm.analytics.rules.SegmentationRules;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' hand-written baseline must decide exactly what the library decides, or the analytics
 * phase and the classification benchmark would compare different work: 20 000 random rows, many of them
 * on the thresholds (where integer and decimal arithmetic could part), checked field by field.
 */
class HandWrittenRulesTest {

    @Test
    void decidesEveryRowAsTheLibraryDoes() {
        AnalyticsSettings settings = AnalyticsSettings.DEFAULTS;
        SegmentationRules rules = new SegmentationRules(settings);
        List<AlertRule> alertRules = BuiltInAlertRules.all();
        AlertContext context = new AlertContext(settings, Set.of(), Map.of());
        SplittableRandom random = new SplittableRandom(3);
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        for (int k = 0; k < 20_000; k++) {
            CustomerFacts f = SampleFacts.random(random, asOf);
            Segmentation s = rules.classify(f);
            HandWrittenRules.Row r = SampleFacts.row(f, settings.zone());
            HandWrittenRules.classifyAndAlert(r);
            String row = "row " + k;
            assertEquals(s.tier().name(), HandWrittenRules.TIERS[r.tier], row);
            assertEquals(s.loyalty().name(), HandWrittenRules.LOYALTY[r.loyalty], row);
            assertEquals(s.style().name(), HandWrittenRules.STYLES[r.style], row);
            assertEquals(List.of(s.quality(), s.key(), s.lossMaking()), List.of(r.quality, r.key, r.lossMaking), row);
            assertEquals(List.of(s.contributionScore(), s.loyaltyScore()), List.of(r.contributionScore, r.loyaltyScore),
                    row);
            String[] severities = new String[HandWrittenRules.RULES.length];
            for (AlertRule rule : alertRules) {
                Optional<Alert> a = rule.evaluate(f, context);
                severities[Arrays.asList(HandWrittenRules.RULES).indexOf(rule.id())] =
                        a.map(x -> x.severity().name()).orElse(null);
            }
            String[] hand = Arrays.stream(r.alerts).mapToObj(i -> HandWrittenRules.SEVERITIES[i]).toArray(String[]::new);
            assertEquals(Arrays.asList(severities), Arrays.asList(hand), row);
        }
    }
}
