package io.insurcrm.benchmarks.micro;

import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.CustomerFacts;
import io.insurcrm.analytics.model.Segmentation;
import io.insurcrm.analytics.rules.AlertContext;
import io.insurcrm.analytics.rules.AlertRule;
import io.insurcrm.analytics.rules.AnalyticsSettings;
import io.insurcrm.analytics.rules.BuiltInAlertRules;
import io.insurcrm.analytics.rules.SegmentationRules;
import io.insurcrm.benchmarks.analytics.HandWrittenRules;
import io.insurcrm.benchmarks.analytics.SampleFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-customer work of the nightly analytics run on one facts row: the library's segmentation
 * ({@link SegmentationRules#classify}: tier, loyalty, style, quality, key, loss-making, two scores, with
 * every decision's reasons) and, separately, with the six built-in alert rules; against
 * {@link HandWrittenRules}, the same default rules as a hand-written if/else on longs without reasons.
 * The rows ({@link SampleFacts}) put many values on the thresholds; the setup checks that both sides
 * decide the same on every row.
 *
 * <pre>
 * java -jar benchmarks/target/insurcrm-benchmarks.jar ClassificationBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClassificationBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private final SegmentationRules rules = new SegmentationRules(AnalyticsSettings.DEFAULTS);
    private final List<AlertRule> alertRules = BuiltInAlertRules.all();
    private final AlertContext context = new AlertContext(AnalyticsSettings.DEFAULTS, Set.of(), Map.of());
    private CustomerFacts[] facts;
    private HandWrittenRules.Row[] rows;
    private int i;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(11);
        facts = new CustomerFacts[1024];
        rows = new HandWrittenRules.Row[facts.length];
        for (int k = 0; k < facts.length; k++) {
            facts[k] = SampleFacts.random(r, AS_OF);
            rows[k] = SampleFacts.row(facts[k], AnalyticsSettings.DEFAULTS.zone());
            Segmentation s = rules.classify(facts[k]);
            HandWrittenRules.classifyAndAlert(rows[k]);
            if (!s.tier().name().equals(HandWrittenRules.TIERS[rows[k].tier])
                    || s.contributionScore() != rows[k].contributionScore || s.loyaltyScore() != rows[k].loyaltyScore) {
                throw new IllegalStateException("the baseline decides row " + k + " otherwise than the library");
            }
        }
    }

    private int next() {
        return i = (i + 1) & 1023;
    }

    @Benchmark
    public Segmentation classify() {
        return rules.classify(facts[next()]);
    }

    @Benchmark
    public void classifyAndAlert(Blackhole bh) {
        CustomerFacts f = facts[next()];
        bh.consume(rules.classify(f));
        for (AlertRule rule : alertRules) {
            Optional<Alert> a = rule.evaluate(f, context);
            bh.consume(a);
        }
    }

    @Benchmark
    public int baselineClassify() {
        HandWrittenRules.Row r = rows[next()];
        HandWrittenRules.classify(r);
        return r.tier + r.loyalty + r.style + r.contributionScore + r.loyaltyScore;
    }

    @Benchmark
    public int baselineClassifyAndAlert() {
        HandWrittenRules.Row r = rows[next()];
        HandWrittenRules.classifyAndAlert(r);
        return r.tier + r.loyalty + r.style + r.contributionScore + r.loyaltyScore + r.alerts[0] + r.alerts[4];
    }
}
