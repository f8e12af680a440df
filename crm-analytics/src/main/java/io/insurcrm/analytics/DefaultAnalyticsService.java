package io.insurcrm.analytics;

import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.AnalyticsRunReport;
import io.insurcrm.analytics.model.CubeCell;
import io.insurcrm.analytics.model.CubeQuery;
import io.insurcrm.analytics.model.CustomerFacts;
import io.insurcrm.analytics.model.FactsQuery;
import io.insurcrm.analytics.model.Pyramid;
import io.insurcrm.analytics.model.SegmentQuery;
import io.insurcrm.analytics.model.Segmentation;
import io.insurcrm.analytics.model.Severity;
import io.insurcrm.analytics.model.TierMigration;
import io.insurcrm.analytics.model.ValueTier;
import io.insurcrm.analytics.port.AlertRepository;
import io.insurcrm.analytics.port.BlacklistMatches;
import io.insurcrm.analytics.port.ComplaintSlaBreaches;
import io.insurcrm.analytics.port.CubeSource;
import io.insurcrm.analytics.port.CustomerFactsSource;
import io.insurcrm.analytics.port.ReasonCodec;
import io.insurcrm.analytics.port.SegmentSnapshotRepository;
import io.insurcrm.analytics.port.SegmentSnapshotRepository.SegmentChange;
import io.insurcrm.analytics.report.AccountManagerKpi;
import io.insurcrm.analytics.report.ComplaintAnalysis;
import io.insurcrm.analytics.report.MonthlyCustomerReport;
import io.insurcrm.analytics.report.ReportSource;
import io.insurcrm.analytics.rules.AlertContext;
import io.insurcrm.analytics.rules.AlertRule;
import io.insurcrm.analytics.rules.AnalyticsSettings;
import io.insurcrm.analytics.rules.SegmentationRules;
import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.event.DomainEvents;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.spi.EventType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class DefaultAnalyticsService implements AnalyticsService {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultAnalyticsService.class);
    /** Rows per batch insert. */
    static final int BATCH = 1_000;
    private static final int LORENZ_POINTS = 20;
    /** Reason codes kept in a snapshot's legend (the built-in rules have about 25; the stored legend stays small). */
    static final int REASON_LEGEND_LIMIT = 100;

    private final AnalyticsSettings settings;
    private final SegmentationRules segmentation;
    private final List<AlertRule> rules;
    private final CustomerFactsSource facts;
    private final SegmentSnapshotRepository snapshots;
    private final AlertRepository alerts;
    private final CubeSource cubes;
    private final BlacklistMatches blacklist;
    private final ComplaintSlaBreaches slas;
    private final ReportSource reports;
    private final TransactionRunner tx;
    private final IdGenerator ids;
    private final Clock clock;
    private final AnalyticsAccess access;
    private final DomainEvents events;

    @Inject
    DefaultAnalyticsService(AnalyticsSettings settings, Set<AlertRule> rules, CustomerFactsSource facts,
            SegmentSnapshotRepository snapshots, AlertRepository alerts, CubeSource cubes,
            BlacklistMatches blacklist, ComplaintSlaBreaches slas, ReportSource reports, TransactionRunner tx,
            IdGenerator ids, Clock clock, AnalyticsAccess access, DomainEvents events) {
        this.settings = settings;
        this.segmentation = new SegmentationRules(settings);
        this.rules = rules.stream().sorted(Comparator.comparing(AlertRule::id)).toList();
        Set<String> seen = new HashSet<>();
        for (AlertRule r : this.rules) {
            if (r.id() == null || r.id().isBlank() || r.id().length() > 64 || !seen.add(r.id())) {
                throw new IllegalStateException("alert rule ids must be unique, 1 to 64 characters: " + r.id());
            }
        }
        this.facts = facts;
        this.snapshots = snapshots;
        this.alerts = alerts;
        this.cubes = cubes;
        this.blacklist = blacklist;
        this.slas = slas;
        this.reports = reports;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
        this.access = access;
        this.events = events;
    }

    @Override
    public AnalyticsSettings settings() {
        return settings;
    }

    @Override
    public AnalyticsRunReport run(Actor actor, LocalDate asOf) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(asOf, "asOf");
        access.require(actor, Action.AGGREGATES);
        long t0 = System.nanoTime();
        AlertContext context = new AlertContext(settings, blacklist.matches(asOf), slas.breaches(asOf));
        AnalyticsRunReport report = tx.inTransaction(() -> {
            LocalDate previous = snapshots.dates().stream().filter(d -> d.isBefore(asOf))
                    .reduce((x, y) -> y).orElse(null);
            // a re-run keeps the date's snapshot and replaces its rows and alerts batch by batch, as their
            // customers pass, announcing only what the date did not have: nothing held but one batch (every
            // customer passes: the facts read the whole book, and a customer with a stored segment or alert
            // cannot be deleted)
            boolean rerun = alerts.exists(asOf);
            String settingsJson = ReasonCodec.writeRecord(settings);
            Optional<java.util.UUID> kept = snapshots.reopen(asOf, clock.instant(), settingsJson);
            java.util.UUID snapshotId = kept.orElseGet(ids::next);
            if (kept.isEmpty()) {
                snapshots.create(snapshotId, asOf, clock.instant(), settingsJson);
            }
            Run run = new Run(asOf, snapshotId, previous, kept.isPresent(), context, rerun);
            facts.forEach(query(asOf), run);
            run.flush();
            if (previous != null && kept.isEmpty()) {
                // a first run: streamed and recorded in batches, memory does not grow with the number of changes
                List<DomainEvents.Draft> changed = new ArrayList<>(BATCH);
                snapshots.forEachChange(previous, asOf, c -> {
                    changed.add(segmentChanged(c, asOf, previous));
                    if (changed.size() >= BATCH) {
                        events.recordAll(changed);
                        changed.clear();
                    }
                });
                events.recordAll(changed);
            }
            return new AnalyticsRunReport(asOf, run.customers, run.tiers, run.alertCounts,
                    Duration.ofNanos(System.nanoTime() - t0));
        });
        LOG.info("analytics as of {}: {} customers, {} alerts in {} ms", asOf, report.customers(), report.alerts(),
                report.elapsed().toMillis());
        return report;
    }

    private static DomainEvents.Draft segmentChanged(SegmentChange c, LocalDate asOf, LocalDate previous) {
        return new DomainEvents.Draft(EventType.SEGMENT_CHANGED, c.customerId(), c.customerId(),
                Map.of("asOf", asOf.toString(), "previousAsOf", previous.toString(),
                        "fromTier", c.fromTier().name(), "toTier", c.toTier().name(),
                        "fromLoyalty", c.fromLoyalty().name(), "toLoyalty", c.toLoyalty().name()));
    }

    /** One run's buffers and counters: classify, evaluate, write in batches. */
    private final class Run implements Consumer<CustomerFacts> {
        final LocalDate asOf;
        final java.util.UUID snapshotId;
        /** The date of the latest earlier snapshot, or null. */
        final LocalDate previous;
        /** The date's snapshot is a reopened one: its rows are replaced, not inserted. */
        final boolean replacing;
        final AlertContext context;
        final boolean rerun;
        final List<Segmentation> segments = new ArrayList<>(BATCH);
        final List<Alert> raised = new ArrayList<>(BATCH);
        final Map<ValueTier, Long> tiers = new EnumMap<>(ValueTier.class);
        final Map<String, Long> alertCounts = new TreeMap<>();
        /** Each reason code's fact and threshold, stored once with the snapshot instead of in every row. */
        final ReasonCodec.Legend legend = new ReasonCodec.Legend(REASON_LEGEND_LIMIT);
        long customers;

        Run(LocalDate asOf, java.util.UUID snapshotId, LocalDate previous, boolean replacing, AlertContext context,
                boolean rerun) {
            this.asOf = asOf;
            this.snapshotId = snapshotId;
            this.previous = previous;
            this.replacing = replacing;
            this.context = context;
            this.rerun = rerun;
            for (ValueTier t : ValueTier.values()) {
                tiers.put(t, 0L);
            }
        }

        @Override
        public void accept(CustomerFacts f) {
            Segmentation s = segmentation.classify(f);
            segments.add(s);
            tiers.merge(s.tier(), 1L, Long::sum);
            customers++;
            for (AlertRule rule : rules) {
                Optional<Alert> alert;
                try {
                    alert = rule.evaluate(f, context);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("alert rule " + rule.id() + " failed; nothing was stored", e);
                }
                if (alert.isPresent()) {
                    raised.add(alert.get());
                    alertCounts.merge(rule.id(), 1L, Long::sum);
                }
            }
            if (segments.size() >= BATCH) {
                writeBatch();
            }
        }

        void flush() {
            writeBatch();
            snapshots.saveLegend(snapshotId, legend.toJson());
        }

        /**
         * Writes one batch of customers: their segments and their alerts (on a re-run replacing the ones the
         * date had for them), an ALERT_RAISED event for each alert the date did not have before and, on a
         * re-run, a SEGMENT_CHANGED event for each change the date did not have before.
         */
        void writeBatch() {
            List<DomainEvents.Draft> drafts = new ArrayList<>();
            if (replacing) {
                for (SegmentChange c : snapshots.replace(snapshotId, previous, segments, legend)) {
                    drafts.add(segmentChanged(c, asOf, previous));
                }
            } else {
                snapshots.insertAll(snapshotId, segments, legend);
            }
            List<Alert> added = raised;
            if (rerun) {
                added = alerts.replace(asOf, segments.stream().map(Segmentation::customerId).toList(), raised);
            } else {
                alerts.insertAll(raised);
            }
            for (Alert a : added) {
                drafts.add(new DomainEvents.Draft(EventType.ALERT_RAISED, a.customerId(), null, Map.of(
                        "rule", a.ruleId(), "severity", a.severity().name(), "asOf", a.asOf().toString())));
            }
            events.recordAll(drafts);
            segments.clear();
            raised.clear();
        }
    }

    @Override
    public void facts(Actor actor, LocalDate asOf, Consumer<CustomerFacts> sink) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(sink, "sink");
        tx.run(() -> {
            RowScope scope = access.readScope(actor);
            if (scope instanceof RowScope.All) {
                facts.forEach(query(asOf), sink);
                return;
            }
            // the scope filter runs per batch of BATCH customers, one query each: memory stays flat
            List<CustomerFacts> batch = new ArrayList<>(BATCH);
            facts.forEach(query(asOf), f -> {
                batch.add(f);
                if (batch.size() >= BATCH) {
                    access.filter(scope, batch, CustomerFacts::customerId).forEach(sink);
                    batch.clear();
                }
            });
            access.filter(scope, batch, CustomerFacts::customerId).forEach(sink);
        });
    }

    private FactsQuery query(LocalDate asOf) {
        return new FactsQuery(asOf, settings.zone(), settings.costPerInteraction(), settings.renewalDueDays(),
                settings.followUpLookbackDays());
    }

    @Override
    public List<Segmentation> segments(Actor actor, SegmentQuery query) {
        Objects.requireNonNull(query, "query");
        return tx.inTransaction(() -> snapshots.find(query, access.readScope(actor)));
    }

    @Override
    public List<LocalDate> snapshotDates(Actor actor) {
        access.require(actor, Action.AGGREGATES);
        return snapshots.dates();
    }

    @Override
    public Optional<Pyramid> pyramid(Actor actor, LocalDate asOf) {
        access.require(actor, Action.AGGREGATES);
        return snapshots.pyramid(asOf, LORENZ_POINTS);
    }

    @Override
    public TierMigration migration(Actor actor, LocalDate from, LocalDate to, int movers) {
        return tx.inTransaction(() -> {
            RowScope scope = access.readScope(actor);
            if (scope instanceof RowScope.All || movers <= 0) {
                return snapshots.migration(from, to, movers);
            }
            // the matrix and counts are book-wide aggregates; the movers, who name customers, are filtered
            TierMigration[] last = new TierMigration[1];
            List<TierMigration.Move> inScope = access.firstInScope(scope, movers, n -> {
                last[0] = snapshots.migration(from, to, n);
                return last[0].movers();
            }, TierMigration.Move::customerId);
            TierMigration m = last[0] != null ? last[0] : snapshots.migration(from, to, 0);
            return new TierMigration(m.from(), m.to(), m.matrix(), m.up(), m.down(), m.same(), inScope);
        });
    }

    @Override
    public List<Alert> alerts(Actor actor, LocalDate asOf, Severity atLeast, int limit) {
        return tx.inTransaction(() -> access.firstInScope(access.readScope(actor), limit,
                n -> alerts.find(asOf, atLeast, n), Alert::customerId));
    }

    @Override
    public Map<String, Long> alertCounts(Actor actor, LocalDate asOf) {
        access.require(actor, Action.AGGREGATES);
        return alerts.countByRule(asOf);
    }

    @Override
    public List<AccountManagerKpi> accountManagerKpis(Actor actor, YearMonth month) {
        access.require(actor, Action.AGGREGATES);
        return reports.accountManagerKpis(month, settings.zone());
    }

    @Override
    public List<MonthlyCustomerReport> customerReport(Actor actor, YearMonth month) {
        access.require(actor, Action.AGGREGATES);
        return reports.customerReport(month, settings.zone());
    }

    @Override
    public ComplaintAnalysis complaintAnalysis(Actor actor, YearMonth month) {
        access.require(actor, Action.AGGREGATES);
        return reports.complaintAnalysis(month, settings.zone());
    }

    @Override
    public List<CubeCell> cube(Actor actor, CubeQuery query) {
        access.require(actor, Action.AGGREGATES);
        return cubes.cube(query);
    }
}
