package io.insurcrm.analytics;

import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.AnalyticsRunReport;
import io.insurcrm.analytics.model.CubeCell;
import io.insurcrm.analytics.model.CubeQuery;
import io.insurcrm.analytics.model.CustomerFacts;
import io.insurcrm.analytics.model.Pyramid;
import io.insurcrm.analytics.model.SegmentQuery;
import io.insurcrm.analytics.model.Segmentation;
import io.insurcrm.analytics.model.Severity;
import io.insurcrm.analytics.model.TierMigration;
import io.insurcrm.analytics.report.AccountManagerKpi;
import io.insurcrm.analytics.report.ComplaintAnalysis;
import io.insurcrm.analytics.report.MonthlyCustomerReport;
import io.insurcrm.analytics.report.ReportExport;
import io.insurcrm.analytics.rules.AnalyticsSettings;
import io.insurcrm.core.access.Actor;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The analytics of the book, always as of an explicit date so every result can be reproduced.
 * Reach it with {@code crm.service(AnalyticsService.class)} (crm-analytics on the class path).
 *
 * <pre>{@code
 * AnalyticsService analytics = crm.service(AnalyticsService.class);
 * analytics.run(actor, LocalDate.of(2026, 1, 31));          // facts → segments + alerts, stored
 * analytics.pyramid(actor, LocalDate.of(2026, 1, 31));      // top 1/5/20% shares, tiers, Lorenz curve
 * analytics.segments(actor, new SegmentQuery(date, ValueTier.A, LoyaltyStatus.WARNING, branch, true, 100));
 * }</pre>
 *
 * <p>Formulas, thresholds and defaults: docs/analytics.md and {@link AnalyticsSettings}.
 *
 * <p>Access (the core's {@code AccessPolicy}): {@link #run} and the aggregates (pyramid, snapshot dates,
 * alert counts, cube, reports) need {@code AGGREGATES} and are book-wide; the per-customer lists
 * ({@link #segments}, {@link #alerts}, {@link #facts}, the movers of {@link #migration}) need {@code READ}
 * and contain only customers inside the actor's row scope. Results carry ids and figures, no personal data.
 * A role without the action gets {@code AccessDeniedException}.
 */
public interface AnalyticsService {

    /** The thresholds in use. */
    AnalyticsSettings settings();

    /**
     * Computes every customer's facts in one set-based pass, classifies each, applies every alert rule,
     * and stores the segmentation snapshot and the alerts of {@code asOf}, replacing those of an earlier
     * run for the same date (re-running never duplicates). One transaction: a failure changes nothing.
     * Memory stays flat whatever the size of the book.
     */
    AnalyticsRunReport run(Actor actor, LocalDate asOf);

    /** Streams every customer's facts as of a date without storing anything. */
    void facts(Actor actor, LocalDate asOf, Consumer<CustomerFacts> sink);

    /** Rows of a stored snapshot, e.g. tier A and WARNING in a branch and its sub-branches. */
    List<Segmentation> segments(Actor actor, SegmentQuery query);

    /** The as-of dates of the stored snapshots. */
    List<LocalDate> snapshotDates(Actor actor);

    /** The customer pyramid of a stored snapshot (20 Lorenz points); empty if no snapshot of that date. */
    Optional<Pyramid> pyramid(Actor actor, LocalDate asOf);

    /** Tier migration between two stored snapshots, with up to {@code movers} customers who moved. */
    TierMigration migration(Actor actor, LocalDate from, LocalDate to, int movers);

    /** Stored alerts of a date at or above a severity, most severe first. */
    List<Alert> alerts(Actor actor, LocalDate asOf, Severity atLeast, int limit);

    /** Stored alert counts per rule of a date. */
    Map<String, Long> alertCounts(Actor actor, LocalDate asOf);

    /** The cube with ROLLUP subtotals, aggregated by the database. */
    List<CubeCell> cube(Actor actor, CubeQuery query);

    /** Account-manager KPIs of a month, per staff id; export with {@link ReportExport}. */
    List<AccountManagerKpi> accountManagerKpis(Actor actor, YearMonth month);

    /** The monthly customer-information report, per branch. */
    List<MonthlyCustomerReport> customerReport(Actor actor, YearMonth month);

    /** The monthly complaint analysis. */
    ComplaintAnalysis complaintAnalysis(Actor actor, YearMonth month);
}
