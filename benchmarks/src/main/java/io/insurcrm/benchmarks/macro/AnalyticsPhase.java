package io.insurcrm.benchmarks.macro;

import io.insurcrm.analytics.AnalyticsService;
import io.insurcrm.analytics.model.AnalyticsRunReport;
import io.insurcrm.benchmarks.analytics.HandWrittenRules;
import io.insurcrm.core.common.UuidV7Generator;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * c. The nightly analytics run: {@code AnalyticsService.run(actor, asOf)} (facts → segments and scores →
 * alerts, stored as the snapshot of the date, replacing an earlier run of the date) against the
 * hand-written baseline: ONE SQL query computing the same per-customer facts, streamed, classified by
 * {@link HandWrittenRules} (if/else on longs), and the same segment and alert rows written with JDBC
 * batches in one transaction into the baseline database's own {@code segment_result} and
 * {@code analytics_alert}, replacing the earlier run of the date as the library does.
 *
 * <p>The baseline does less than the library, which favours it: it stores no reasons (an empty JSON
 * array) and a short alert reason without the facts, records no domain events, and keeps its thresholds
 * as constants. Its blacklist match is by national ID or mobile only (the library also matches the date
 * of birth and the compacted name); the benchmark book has no blacklist entries and no complaints, so
 * both sides see none (the fingerprint would show any difference).
 *
 * <p>Both sides run once untimed (warm-up), then {@link #rounds()} timed runs each (A B B A A B B A),
 * each run for the next day, as nightly runs go (so the library also works out the segment changes
 * since the night before, as it does every night). A new date each time also keeps H2 from answering a
 * repeated statement from its cached last result, which would time nothing. After each run the stored
 * results of the date are fingerprinted by the same SQL on both databases: counts, score sums and amount sums per (tier, loyalty, style, quality, key,
 * loss-making), score sums weighted by a customer attribute (so scores on the wrong customers show), and
 * alerts per (rule, severity). Any difference fails the benchmark.
 */
final class AnalyticsPhase extends WholeJobPhase {
    /** The analytics zone (the library's default) in which contact instants become dates. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int BATCH = 1_000;

    private final UuidV7Generator ids = new UuidV7Generator(Clock.systemUTC());

    @Override
    public String name() {
        return "analytics";
    }

    @Override
    public Ratio ratio() {
        return Ratio.duration("ms", 1.3);
    }

    /** The as-of date of round {@code round} (−1: the warm-up): consecutive days ending on the book's date. */
    private LocalDate asOf(int round) {
        return Book.AS_OF.minusDays(rounds() - 1L - round);
    }

    @Override
    Sample timeLibrary(BenchContext c, int round) throws Exception {
        AnalyticsService analytics = c.crm().service(AnalyticsService.class);
        LocalDate asOf = asOf(round);
        long start = System.nanoTime();
        AnalyticsRunReport report = analytics.run(BenchContext.ACTOR, asOf);
        long nanos = System.nanoTime() - start;
        return new Run(List.of(nanos / 1e6), report.customers(), report.alerts(), List.of(fingerprint(c.libraryDb, asOf)));
    }

    @Override
    Sample timeBaseline(BenchContext c, int round) throws Exception {
        LocalDate asOf = asOf(round);
        long start = System.nanoTime();
        long[] counts;
        try (Connection db = c.baselineDb.connect()) {
            counts = baselineRun(db, c.engine.kind() == Engine.Kind.POSTGRES, asOf);
        }
        long nanos = System.nanoTime() - start;
        return new Run(List.of(nanos / 1e6), counts[0], counts[1], List.of(fingerprint(c.baselineDb, asOf)));
    }

    /** The baseline run in one transaction; returns {customers, alerts}. */
    private long[] baselineRun(Connection db, boolean postgres, LocalDate asOf) throws SQLException {
        db.setAutoCommit(false);
        try {
            try (PreparedStatement del = db.prepareStatement("DELETE FROM segment_result WHERE snapshot_id IN"
                    + " (SELECT id FROM analytics_snapshot WHERE as_of = ?)")) {
                del.setObject(1, asOf);
                del.executeUpdate();
            }
            for (String table : new String[] {"analytics_snapshot", "analytics_alert"}) {
                try (PreparedStatement del = db.prepareStatement("DELETE FROM " + table + " WHERE as_of = ?")) {
                    del.setObject(1, asOf);
                    del.executeUpdate();
                }
            }
            UUID snapshot = ids.next();
            try (PreparedStatement ins = db.prepareStatement(
                    "INSERT INTO analytics_snapshot (id, as_of, created_at, settings) VALUES (?, ?, ?, '{}')")) {
                ins.setObject(1, snapshot);
                ins.setObject(2, asOf);
                ins.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                ins.executeUpdate();
            }
            long customers = 0;
            long alerts = 0;
            HandWrittenRules.Row row = new HandWrittenRules.Row();
            row.asOf = asOf;
            try (Statement facts = db.createStatement();
                    PreparedStatement seg = db.prepareStatement("INSERT INTO segment_result (snapshot_id, customer_id,"
                            + " branch_id, value_tier, loyalty, decision_style, quality, key_customer, loss_making,"
                            + " contribution_score, loyalty_score, premium_12, profit_12, reasons)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]')");
                    PreparedStatement alert = db.prepareStatement("INSERT INTO analytics_alert (id, rule_id,"
                            + " customer_id, branch_id, as_of, severity, reason, facts) VALUES (?, ?, ?, ?, ?, ?, ?, '{}')")) {
                facts.setFetchSize(BATCH);
                int pendingSegments = 0;
                int pendingAlerts = 0;
                try (ResultSet r = facts.executeQuery(factsSql(postgres, asOf))) {
                    while (r.next()) {
                        UUID customer = r.getObject(1, UUID.class);
                        UUID branch = r.getObject(2, UUID.class);
                        BigDecimal premium12 = r.getBigDecimal(3);
                        BigDecimal profit12 = r.getBigDecimal(26);
                        row.premium12 = cents(premium12);
                        row.premiumPrev12 = cents(r.getBigDecimal(4));
                        row.policiesTotal = r.getInt(5);
                        row.policiesInForce = r.getInt(6);
                        row.productLinesInForce = r.getInt(7);
                        row.intermediatedInForce = r.getInt(8);
                        row.firstPolicyStart = r.getObject(9, LocalDate.class);
                        row.earned36 = cents(r.getBigDecimal(10));
                        row.claims12 = r.getInt(11);
                        row.claimsPaid36 = cents(r.getBigDecimal(12));
                        row.deniedClaims12 = r.getInt(13);
                        row.litigation36 = r.getInt(14);
                        row.lastLossDate = r.getObject(15, LocalDate.class);
                        row.policiesEnded36 = r.getInt(16);
                        row.policiesRenewed36 = r.getInt(17);
                        row.renewalsDue = r.getInt(18);
                        row.renewalFollowUps = r.getInt(19);
                        row.complaints12 = r.getInt(20);
                        row.personalContacts12 = r.getInt(21);
                        row.digitalContacts12 = r.getInt(22);
                        row.advisoryContacts12 = r.getInt(23);
                        OffsetDateTime last = r.getObject(24, OffsetDateTime.class);
                        row.lastContactDate = last == null ? null : last.atZoneSameInstant(ZONE).toLocalDate();
                        row.slaBreaches = r.getInt(25);
                        row.profit12 = cents(profit12);
                        row.bookPremium12 = cents(r.getBigDecimal(27));
                        row.blacklisted = r.getInt(28) > 0;
                        HandWrittenRules.classifyAndAlert(row);
                        seg.setObject(1, snapshot);
                        seg.setObject(2, customer);
                        seg.setObject(3, branch);
                        seg.setString(4, HandWrittenRules.TIERS[row.tier]);
                        seg.setString(5, HandWrittenRules.LOYALTY[row.loyalty]);
                        seg.setString(6, HandWrittenRules.STYLES[row.style]);
                        seg.setBoolean(7, row.quality);
                        seg.setBoolean(8, row.key);
                        seg.setBoolean(9, row.lossMaking);
                        seg.setInt(10, row.contributionScore);
                        seg.setInt(11, row.loyaltyScore);
                        seg.setBigDecimal(12, BigDecimal.valueOf(row.premium12, 2));
                        seg.setBigDecimal(13, BigDecimal.valueOf(row.profit12, 2));
                        seg.addBatch();
                        customers++;
                        if (++pendingSegments == BATCH) {
                            seg.executeBatch();
                            pendingSegments = 0;
                        }
                        for (int i = 0; i < row.alerts.length; i++) {
                            if (row.alerts[i] != 0) {
                                alert.setObject(1, ids.next());
                                alert.setString(2, HandWrittenRules.RULES[i]);
                                alert.setObject(3, customer);
                                alert.setObject(4, branch);
                                alert.setObject(5, asOf);
                                alert.setString(6, HandWrittenRules.SEVERITIES[row.alerts[i]]);
                                alert.setString(7, HandWrittenRules.RULES[i]);
                                alert.addBatch();
                                alerts++;
                                if (++pendingAlerts == BATCH) {
                                    alert.executeBatch();
                                    pendingAlerts = 0;
                                }
                            }
                        }
                    }
                }
                if (pendingSegments > 0) {
                    seg.executeBatch();
                }
                if (pendingAlerts > 0) {
                    alert.executeBatch();
                }
            }
            db.commit();
            return new long[] {customers, alerts};
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    private static long cents(BigDecimal v) {
        return v.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    /** The facts of every customer in one statement (definitions: docs/analytics.md), per dialect. */
    static String factsSql(boolean postgres, LocalDate asOf) {
        String d = date(asOf);
        String d12 = date(asOf.minusMonths(12));
        String d24 = date(asOf.minusMonths(24));
        String d36 = date(asOf.minusMonths(36));
        String due = date(asOf.plusDays(30));
        String t12 = instant(asOf.minusMonths(12).plusDays(1));
        String tFollow = instant(asOf.minusDays(59));
        String end = instant(asOf.plusDays(1));
        String inForce = "p.status = 'IN_FORCE' AND p.end_date >= " + d;
        String ended = "p.status <> 'CANCELLED' AND p.end_date > " + d36 + " AND p.end_date < " + d;
        String from12 = date(asOf.minusMonths(12).plusDays(1));
        String from36 = date(asOf.minusMonths(36).plusDays(1));
        String inside12 = days(postgres, "GREATEST(p.start_date, " + from12 + ")", "LEAST(p.end_date, " + d + ")");
        String inside36 = days(postgres, "GREATEST(p.start_date, " + from36 + ")", "LEAST(p.end_date, " + d + ")");
        String period = days(postgres, "p.start_date", "p.end_date");
        return "WITH pol AS (SELECT p.holder_id AS id,"
                + " SUM(CASE WHEN p.start_date > " + d12 + " THEN p.premium ELSE 0 END) AS premium_12,"
                + " SUM(CASE WHEN p.start_date > " + d24 + " AND p.start_date <= " + d12 + " THEN p.premium ELSE 0 END) AS prev_12,"
                + " COUNT(*) AS total,"
                + " SUM(CASE WHEN " + inForce + " THEN 1 ELSE 0 END) AS in_force,"
                + " COUNT(DISTINCT CASE WHEN " + inForce + " THEN p.product_line END) AS lines,"
                + " SUM(CASE WHEN " + inForce + " AND p.sales_channel IN ('AGENT', 'BROKER', 'BANCASSURANCE') THEN 1 ELSE 0 END) AS intermediated,"
                + " MIN(p.start_date) AS first_start,"
                + " SUM(ROUND(p.premium * GREATEST(0, " + inside12 + " + 1) / (" + period + " + 1), 2)) AS earned_12,"
                + " SUM(ROUND(p.premium * GREATEST(0, " + inside36 + " + 1) / (" + period + " + 1), 2)) AS earned_36,"
                + " SUM(CASE WHEN " + ended + " THEN 1 ELSE 0 END) AS ended,"
                + " SUM(CASE WHEN " + ended + " AND EXISTS (SELECT 1 FROM policy n WHERE n.previous_policy_number ="
                + " p.policy_number AND n.start_date <= " + d + ") THEN 1 ELSE 0 END) AS renewed,"
                + " SUM(CASE WHEN p.status = 'IN_FORCE' AND p.end_date > " + d + " AND p.end_date <= " + due + " THEN 1 ELSE 0 END) AS due"
                + " FROM policy p WHERE p.start_date <= " + d + " GROUP BY p.holder_id),"
                + " clm AS (SELECT k.customer_id AS id,"
                + " SUM(CASE WHEN k.loss_date > " + d12 + " THEN 1 ELSE 0 END) AS claims_12,"
                + " SUM(CASE WHEN k.loss_date > " + d12 + " THEN COALESCE(k.paid_amount, 0) ELSE 0 END) AS paid_12,"
                + " SUM(CASE WHEN k.loss_date > " + d36 + " THEN COALESCE(k.paid_amount, 0) ELSE 0 END) AS paid_36,"
                + " SUM(CASE WHEN k.loss_date > " + d12 + " AND k.status = 'DENIED' THEN 1 ELSE 0 END) AS denied_12,"
                + " SUM(CASE WHEN k.loss_date > " + d36 + " AND k.litigation THEN 1 ELSE 0 END) AS litigation_36,"
                + " MAX(k.loss_date) AS last_loss"
                + " FROM claim k WHERE k.loss_date <= " + d + " GROUP BY k.customer_id),"
                + " itr AS (SELECT i.customer_id AS id,"
                + " SUM(CASE WHEN i.occurred_at >= " + t12 + " THEN 1 ELSE 0 END) AS n_12,"
                + " SUM(CASE WHEN i.occurred_at >= " + t12 + " AND i.channel IN ('VISIT', 'BRANCH_COUNTER', 'SEMINAR', 'VIP_CLUB_EVENT', 'CALL_CENTRE') THEN 1 ELSE 0 END) AS personal,"
                + " SUM(CASE WHEN i.occurred_at >= " + t12 + " AND i.channel IN ('WEB', 'MOBILE_APP', 'SELF_SERVICE', 'WECHAT', 'SMS', 'EMAIL') THEN 1 ELSE 0 END) AS digital,"
                + " SUM(CASE WHEN i.occurred_at >= " + t12 + " AND i.interaction_type IN ('INQUIRY', 'SERVICE_REQUEST', 'CLAIM_SERVICE') THEN 1 ELSE 0 END) AS advisory,"
                + " SUM(CASE WHEN i.occurred_at >= " + tFollow + " AND i.interaction_type = 'RENEWAL_FOLLOW_UP' THEN 1 ELSE 0 END) AS follow_ups,"
                + " MAX(i.occurred_at) AS last_contact"
                + " FROM interaction i WHERE i.occurred_at < " + end + " GROUP BY i.customer_id),"
                + " cmp AS (SELECT customer_id AS id, COUNT(*) AS n_12 FROM complaint WHERE received_at >= " + t12
                + " AND received_at < " + end + " GROUP BY customer_id),"
                + " sla AS (SELECT customer_id AS id, COUNT(*) AS n FROM complaint WHERE state NOT IN ('ARCHIVED', 'REJECTED', 'WITHDRAWN')"
                + " AND deadline_at < " + end + " AND received_at < " + end + " GROUP BY customer_id),"
                + " bl AS (SELECT DISTINCT c.id FROM customer c JOIN blacklist_entry e ON (e.national_id = c.national_id OR e.mobile = c.mobile)"
                + " WHERE e.starts_at < " + end + " AND (e.expires_at IS NULL OR e.expires_at >= " + end + ")"
                + " AND (e.revoked_at IS NULL OR e.revoked_at >= " + end + "))"
                + " SELECT c.id, c.branch_id, COALESCE(pol.premium_12, 0), COALESCE(pol.prev_12, 0), COALESCE(pol.total, 0),"
                + " COALESCE(pol.in_force, 0), COALESCE(pol.lines, 0), COALESCE(pol.intermediated, 0), pol.first_start,"
                + " COALESCE(pol.earned_36, 0), COALESCE(clm.claims_12, 0), COALESCE(clm.paid_36, 0), COALESCE(clm.denied_12, 0),"
                + " COALESCE(clm.litigation_36, 0), clm.last_loss, COALESCE(pol.ended, 0), COALESCE(pol.renewed, 0),"
                + " COALESCE(pol.due, 0), COALESCE(itr.follow_ups, 0), COALESCE(cmp.n_12, 0), COALESCE(itr.personal, 0),"
                + " COALESCE(itr.digital, 0), COALESCE(itr.advisory, 0), itr.last_contact, COALESCE(sla.n, 0),"
                + " COALESCE(pol.earned_12, 0) - COALESCE(clm.paid_12, 0) - COALESCE(itr.n_12, 0) * 20.00,"
                + " SUM(COALESCE(pol.premium_12, 0)) OVER (), CASE WHEN bl.id IS NULL THEN 0 ELSE 1 END"
                + " FROM customer c LEFT JOIN pol ON pol.id = c.id LEFT JOIN clm ON clm.id = c.id"
                + " LEFT JOIN itr ON itr.id = c.id LEFT JOIN cmp ON cmp.id = c.id LEFT JOIN sla ON sla.id = c.id"
                + " LEFT JOIN bl ON bl.id = c.id";
    }

    private static String date(LocalDate d) {
        return "DATE '" + d + "'";
    }

    /** The start of {@code day} in the analytics zone, as a UTC timestamp literal. */
    private static String instant(LocalDate day) {
        return "TIMESTAMP WITH TIME ZONE '" + TS.format(day.atStartOfDay(ZONE).toInstant().atOffset(ZoneOffset.UTC))
                + "+00:00'";
    }

    private static String days(boolean postgres, String a, String b) {
        return postgres ? "(" + b + " - " + a + ")" : "DATEDIFF(DAY, " + a + ", " + b + ")";
    }

    /** What one side stored for the date, by the same SQL on both databases. */
    static Map<String, String> fingerprint(Engine.Database db, LocalDate date) throws SQLException {
        String asOf = date(date);
        String weight = "COALESCE(EXTRACT(DAY FROM c.date_of_birth), 0) + COALESCE(c.occupation_class, 0)";
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            collect(s, "segments", "SELECT s.value_tier, s.loyalty, s.decision_style, s.quality, s.key_customer,"
                    + " s.loss_making, COUNT(*), SUM(s.contribution_score), SUM(s.loyalty_score), SUM(s.premium_12),"
                    + " SUM(s.profit_12), SUM(s.contribution_score * (" + weight + ")), SUM(s.loyalty_score * ("
                    + weight + ")) FROM segment_result s JOIN analytics_snapshot a ON a.id = s.snapshot_id"
                    + " JOIN customer c ON c.id = s.customer_id WHERE a.as_of = " + asOf
                    + " GROUP BY s.value_tier, s.loyalty, s.decision_style, s.quality, s.key_customer, s.loss_making"
                    + " ORDER BY 1, 2, 3, 4, 5, 6", 6, out);
            collect(s, "alerts", "SELECT a.rule_id, a.severity, COUNT(*), SUM(" + weight + ") FROM analytics_alert a"
                    + " JOIN customer c ON c.id = a.customer_id WHERE a.as_of = " + asOf
                    + " GROUP BY a.rule_id, a.severity ORDER BY 1, 2", 2, out);
        }
        return out;
    }

    /** One entry per row: the first {@code keys} columns name it, the others are its values. */
    private static void collect(Statement s, String prefix, String sql, int keys, Map<String, String> out)
            throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                StringBuilder key = new StringBuilder(prefix);
                StringBuilder value = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String v = r.getString(i);
                    if (i <= keys) {
                        key.append('.').append(v);
                    } else {
                        BigDecimal n = v == null ? null : new BigDecimal(v);
                        value.append(i > keys + 1 ? " " : "").append(n == null ? "null" : n.stripTrailingZeros().toPlainString());
                    }
                }
                out.put(key.toString(), value.toString());
            }
        }
    }

    @Override
    public List<String> compare(Sample library, Sample baseline, List<Reference> references) {
        Run lib = (Run) library;
        Run base = (Run) baseline;
        List<String> problems = new ArrayList<>();
        if (lib.customers != base.customers) {
            problems.add("customers: library " + lib.customers + ", baseline " + base.customers);
        }
        if (lib.alerts != base.alerts) {
            problems.add("alerts: library " + lib.alerts + ", baseline " + base.alerts);
        }
        if (lib.fingerprints.size() != base.fingerprints.size()) {
            problems.add("runs: library " + lib.fingerprints.size() + ", baseline " + base.fingerprints.size());
        }
        for (int i = 0; i < Math.min(lib.fingerprints.size(), base.fingerprints.size()); i++) {
            diff(lib.fingerprints.get(i), base.fingerprints.get(i), problems);
            if (lib.fingerprints.get(i).isEmpty()) {
                problems.add("the library stored no segments in run " + i);
            }
        }
        return problems;
    }

    /** Differences of two fingerprints, in words (figures only: no personal data). */
    static void diff(Map<String, String> lib, Map<String, String> base, List<String> problems) {
        for (Map.Entry<String, String> e : lib.entrySet()) {
            if (!Objects.equals(e.getValue(), base.get(e.getKey()))) {
                problems.add(e.getKey() + ": library " + e.getValue() + ", baseline " + base.get(e.getKey()));
            }
        }
        for (String k : base.keySet()) {
            if (!lib.containsKey(k)) {
                problems.add(k + ": library none, baseline " + base.get(k));
            }
        }
    }

    /**
     * The timed runs of one side: the milliseconds of each run (in round order), what the last run
     * counted, and what each run stored (in round order).
     */
    record Run(List<Double> millisPerRun, long customers, long alerts, List<Map<String, String>> fingerprints)
            implements Sample {
        @Override
        public double headline() {
            return mean(millisPerRun);
        }

        @Override
        public Map<String, Object> figures() {
            Map<String, Object> f = runFigures(millisPerRun);
            f.put("customers", customers);
            f.put("alerts", alerts);
            f.put("customersPerSecond", Math.round(customers * 1000.0 / headline()));
            return f;
        }

        @Override
        public Sample plus(Sample later) {
            Run l = (Run) later;
            return new Run(concat(millisPerRun, l.millisPerRun), l.customers, l.alerts,
                    concat(fingerprints, l.fingerprints));
        }
    }
}
