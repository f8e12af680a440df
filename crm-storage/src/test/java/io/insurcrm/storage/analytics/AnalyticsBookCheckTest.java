package io.insurcrm.storage.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.analytics.AnalyticsService;
import io.insurcrm.analytics.model.AnalyticsRunReport;
import io.insurcrm.analytics.model.CubeCell;
import io.insurcrm.analytics.model.CubeQuery;
import io.insurcrm.analytics.model.CustomerFacts;
import io.insurcrm.analytics.model.Dimension;
import io.insurcrm.analytics.model.Pyramid;
import io.insurcrm.analytics.model.ValueTier;
import io.insurcrm.analytics.rules.BuiltInAlertRules;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.ImportReport;
import io.insurcrm.core.store.StoreLocation;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import io.insurcrm.testing.SyntheticBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;

/**
 * A generated book of 10 000 customers, imported once per store, where every analytic result is
 * compared with plain SQL written here, independently of the implementation (correlated subqueries per
 * customer instead of one aggregate pass, earned premium counted in Java from the raw policy rows,
 * LIMIT instead of window functions, separate GROUP BYs instead of ROLLUP), run through raw JDBC.
 */
class AnalyticsBookCheckTest {
    private static final Actor ACTOR = Actor.system("analytics-check");
    private static final LocalDate D = LocalDate.of(2026, 1, 31);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int CUSTOMERS = 10_000;
    private static final Map<StoreKind, Loaded> BOOKS = new EnumMap<>(StoreKind.class);

    /** One imported and analysed book, and a raw JDBC connection to the same database. */
    private record Loaded(InsurCrm crm, Connection raw, AnalyticsRunReport report) {
    }

    private static synchronized Loaded book(StoreKind kind) throws Exception {
        Loaded loaded = BOOKS.get(kind);
        if (loaded != null) {
            return loaded;
        }
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "analytics-book-" + CUSTOMERS);
        if (!Files.exists(dir.resolve("interactions.csv"))) {
            SyntheticBook.builder().seed(42).customers(CUSTOMERS).asOf(D).build().writeCsv(dir);
        }
        StoreLocation location = TestStores.freshLocation(kind);
        Clock clock = Clock.fixed(D.atTime(12, 0).atZone(ZONE).toInstant(), ZoneOffset.UTC);
        InsurCrm crm = InsurCrm.builder().location(location).clock(clock).build();
        for (ImportKind k : ImportKind.values()) {
            ImportReport r = crm.imports().importFile(ACTOR, k, dir.resolve(SyntheticBook.fileName(k)),
                    ImportOptions.DEFAULTS);
            assertEquals(0, r.rejectedCount(), k + " " + r);
        }
        Connection raw;
        if (location instanceof StoreLocation.Jdbc) {
            StoreLocation.Jdbc jdbc = (StoreLocation.Jdbc) location;
            raw = DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
        } else {
            Path folder = ((StoreLocation.EmbeddedFolder) location).folder();
            raw = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("insurcrm")
                    + ";AUTO_SERVER=FALSE;LOCK_TIMEOUT=10000", "sa", "");
        }
        checkFacts(raw, kind);
        AnalyticsRunReport report = crm.service(AnalyticsService.class).run(ACTOR, D);
        loaded = new Loaded(crm, raw, report);
        BOOKS.put(kind, loaded);
        return loaded;
    }

    @AfterAll
    static void close() throws SQLException {
        for (Loaded l : BOOKS.values()) {
            l.raw().close();
            l.crm().close();
        }
        BOOKS.clear();
    }

    // ------------------------------------------------------------------ the independent facts

    /** The check table chk_facts: one row per customer, every fact by its own correlated subquery. */
    private static void checkFacts(Connection raw, StoreKind kind) throws SQLException {
        Map<String, Object> p = params();
        String inForce = "q.status = 'IN_FORCE' AND q.start_date <= :d AND q.end_date >= :d";
        String sql = "CREATE TABLE chk_facts AS SELECT c.id, c.branch_id,\n"
                + " (SELECT COALESCE(SUM(q.premium), 0) FROM policy q WHERE q.holder_id = c.id AND q.start_date BETWEEN :y1 AND :d) AS premium_12,\n"
                + " (SELECT COALESCE(SUM(q.premium), 0) FROM policy q WHERE q.holder_id = c.id AND q.start_date BETWEEN :y2 AND :d12) AS premium_prev_12,\n"
                + " (SELECT COALESCE(SUM(q.premium), 0) FROM policy q WHERE q.holder_id = c.id AND " + inForce + ") AS premium_in_force,\n"
                + " (SELECT COUNT(*) FROM policy q WHERE q.holder_id = c.id AND q.start_date <= :d) AS policies_total,\n"
                + " (SELECT COUNT(*) FROM policy q WHERE q.holder_id = c.id AND " + inForce + ") AS policies_in_force,\n"
                + " (SELECT COUNT(DISTINCT q.product_line) FROM policy q WHERE q.holder_id = c.id AND " + inForce + ") AS lines_in_force,\n"
                + " (SELECT COUNT(*) FROM policy q WHERE q.holder_id = c.id AND " + inForce
                + " AND q.sales_channel IN ('AGENT', 'BROKER', 'BANCASSURANCE')) AS intermediated,\n"
                + " (SELECT MIN(q.start_date) FROM policy q WHERE q.holder_id = c.id AND q.start_date <= :d) AS first_start,\n"
                + " (SELECT COUNT(*) FROM claim k WHERE k.customer_id = c.id AND k.loss_date BETWEEN :y1 AND :d) AS claims_12,\n"
                + " (SELECT COALESCE(SUM(k.paid_amount), 0) FROM claim k WHERE k.customer_id = c.id AND k.loss_date BETWEEN :y1 AND :d) AS paid_12,\n"
                + " (SELECT COUNT(*) FROM claim k WHERE k.customer_id = c.id AND k.loss_date BETWEEN :y3 AND :d) AS claims_36,\n"
                + " (SELECT COALESCE(SUM(k.paid_amount), 0) FROM claim k WHERE k.customer_id = c.id AND k.loss_date BETWEEN :y3 AND :d) AS paid_36,\n"
                + " (SELECT COUNT(*) FROM claim k WHERE k.customer_id = c.id AND k.status = 'DENIED' AND k.loss_date BETWEEN :y1 AND :d) AS denied_12,\n"
                + " (SELECT COUNT(*) FROM claim k WHERE k.customer_id = c.id AND k.litigation = TRUE AND k.loss_date BETWEEN :y3 AND :d) AS litigation_36,\n"
                + " (SELECT MAX(k.loss_date) FROM claim k WHERE k.customer_id = c.id AND k.loss_date <= :d) AS last_loss,\n"
                + " (SELECT COUNT(*) FROM policy q WHERE q.holder_id = c.id AND q.status <> 'CANCELLED' AND q.end_date BETWEEN :y3 AND :dm1) AS ended_36,\n"
                + " (SELECT COUNT(*) FROM policy q WHERE q.holder_id = c.id AND q.status <> 'CANCELLED' AND q.end_date BETWEEN :y3 AND :dm1"
                + " AND EXISTS (SELECT 1 FROM policy n WHERE n.previous_policy_number = q.policy_number AND n.start_date <= :d)) AS renewed_36,\n"
                + " (SELECT COUNT(*) FROM policy q WHERE q.holder_id = c.id AND q.status = 'IN_FORCE' AND q.end_date BETWEEN :dp1 AND :due) AS renewals_due,\n"
                + " (SELECT COUNT(*) FROM interaction i WHERE i.customer_id = c.id AND i.interaction_type = 'RENEWAL_FOLLOW_UP'"
                + " AND i.occurred_at >= :tfollow AND i.occurred_at < :tend) AS follow_ups,\n"
                + " (SELECT COUNT(*) FROM complaint k WHERE k.customer_id = c.id"
                + " AND k.received_at >= :t12 AND k.received_at < :tend) AS complaints_12,\n"
                + " (SELECT COUNT(*) FROM interaction i WHERE i.customer_id = c.id AND i.occurred_at >= :t12 AND i.occurred_at < :tend) AS interactions_12,\n"
                + " (SELECT COUNT(*) FROM interaction i WHERE i.customer_id = c.id AND i.occurred_at >= :t12 AND i.occurred_at < :tend"
                + " AND i.channel IN ('VISIT', 'BRANCH_COUNTER', 'SEMINAR', 'VIP_CLUB_EVENT', 'CALL_CENTRE')) AS personal_12,\n"
                + " (SELECT COUNT(*) FROM interaction i WHERE i.customer_id = c.id AND i.occurred_at >= :t12 AND i.occurred_at < :tend"
                + " AND i.channel IN ('WEB', 'MOBILE_APP', 'SELF_SERVICE', 'WECHAT', 'SMS', 'EMAIL')) AS digital_12,\n"
                + " (SELECT COUNT(*) FROM interaction i WHERE i.customer_id = c.id AND i.occurred_at >= :t12 AND i.occurred_at < :tend"
                + " AND i.interaction_type IN ('INQUIRY', 'SERVICE_REQUEST', 'CLAIM_SERVICE')) AS advisory_12,\n"
                + " (SELECT MAX(i.occurred_at) FROM interaction i WHERE i.customer_id = c.id AND i.occurred_at < :tend) AS last_contact,\n"
                + " CAST(0 AS NUMERIC(18,2)) AS earned_12, CAST(0 AS NUMERIC(18,2)) AS earned_36, CAST(0 AS NUMERIC(18,2)) AS profit_12\n"
                + "FROM customer c";
        execute(raw, sql, p);

        // earned premium counted in Java from the raw policy rows: days of the period inside the window
        Map<UUID, BigDecimal[]> earned = new HashMap<>();
        LocalDate w12 = D.minusMonths(12).plusDays(1);
        LocalDate w36 = D.minusMonths(36).plusDays(1);
        try (Statement s = raw.createStatement();
                ResultSet r = s.executeQuery("SELECT holder_id, start_date, end_date, premium FROM policy")) {
            while (r.next()) {
                LocalDate start = r.getObject(2, LocalDate.class);
                if (start.isAfter(D)) {
                    continue;
                }
                LocalDate end = r.getObject(3, LocalDate.class);
                BigDecimal premium = r.getBigDecimal(4);
                BigDecimal[] e = earned.computeIfAbsent(r.getObject(1, UUID.class),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                e[0] = e[0].add(earnedIn(start, end, premium, w12));
                e[1] = e[1].add(earnedIn(start, end, premium, w36));
            }
        }
        try (PreparedStatement u = raw.prepareStatement("UPDATE chk_facts SET earned_12 = ?, earned_36 = ? WHERE id = ?")) {
            for (Map.Entry<UUID, BigDecimal[]> e : earned.entrySet()) {
                u.setBigDecimal(1, e.getValue()[0]);
                u.setBigDecimal(2, e.getValue()[1]);
                u.setObject(3, e.getKey());
                u.addBatch();
            }
            u.executeBatch();
        }
        execute(raw, "UPDATE chk_facts SET profit_12 = earned_12 - paid_12 - 20.00 * interactions_12", Map.of());
    }

    private static BigDecimal earnedIn(LocalDate start, LocalDate end, BigDecimal premium, LocalDate from) {
        LocalDate a = start.isBefore(from) ? from : start;
        LocalDate b = end.isAfter(D) ? D : end;
        if (b.isBefore(a)) {
            return BigDecimal.ZERO;
        }
        long inside = ChronoUnit.DAYS.between(a, b) + 1;
        long period = ChronoUnit.DAYS.between(start, end) + 1;
        return premium.multiply(BigDecimal.valueOf(inside)).divide(BigDecimal.valueOf(period), 2, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> params() {
        Map<String, Object> p = new HashMap<>();
        p.put("d", D);
        p.put("dm1", D.minusDays(1));
        p.put("dp1", D.plusDays(1));
        p.put("due", D.plusDays(30));
        p.put("d12", D.minusMonths(12));
        p.put("y1", D.minusMonths(12).plusDays(1));
        p.put("y2", D.minusMonths(24).plusDays(1));
        p.put("y3", D.minusMonths(36).plusDays(1));
        p.put("t12", startOf(D.minusMonths(12).plusDays(1)));
        p.put("tfollow", startOf(D.minusDays(59)));
        p.put("tend", startOf(D.plusDays(1)));
        p.put("t364", startOf(D.minusDays(364)));
        p.put("t179", startOf(D.minusDays(179)));
        return p;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toOffsetDateTime();
    }

    @StoreTest
    void everyCustomersFactsEqualThePlainSqlOnes(StoreKind kind) throws Exception {
        Loaded b = book(kind);
        Map<UUID, List<Object>> expected = new HashMap<>();
        try (Statement s = b.raw().createStatement(); ResultSet r = s.executeQuery("SELECT id, branch_id, premium_12,"
                + " premium_prev_12, premium_in_force, policies_total, policies_in_force, lines_in_force, intermediated,"
                + " first_start, earned_12, earned_36, claims_12, paid_12, claims_36, paid_36, denied_12, litigation_36,"
                + " last_loss, ended_36, renewed_36, renewals_due, follow_ups, complaints_12, interactions_12,"
                + " personal_12, digital_12, advisory_12, last_contact, profit_12 FROM chk_facts")) {
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                row.add(r.getObject(2, UUID.class));
                for (int i = 3; i <= 30; i++) {
                    Object v = r.getObject(i);
                    if (v instanceof BigDecimal) {
                        v = ((BigDecimal) v).setScale(2, RoundingMode.UNNECESSARY);
                    } else if (v instanceof Number) {
                        v = ((Number) v).intValue();
                    } else if (v instanceof Date) {
                        v = ((Date) v).toLocalDate();
                    } else if (i == 29 && v != null) {
                        v = r.getObject(i, OffsetDateTime.class).toInstant();
                    } else if (i == 10 || i == 19) {
                        v = r.getObject(i, LocalDate.class);
                    }
                    row.add(v);
                }
                expected.put(r.getObject(1, UUID.class), row);
            }
        }
        assertEquals(CUSTOMERS, expected.size());
        Map<UUID, CustomerFacts> actual = new HashMap<>();
        b.crm().service(AnalyticsService.class).facts(ACTOR, D, f -> actual.put(f.customerId().value(), f));
        assertEquals(expected.keySet(), actual.keySet());
        BigDecimal book = BigDecimal.ZERO;
        int nonZero = 0;
        for (Map.Entry<UUID, CustomerFacts> e : actual.entrySet()) {
            CustomerFacts f = e.getValue();
            List<Object> got = List.of(f.branchId().value(), f.premium12(), f.premiumPrev12(), f.premiumInForce(),
                    f.policiesTotal(), f.policiesInForce(), f.productLinesInForce(), f.intermediatedInForce(),
                    opt(f.firstPolicyStart()), f.earned12(), f.earned36(), f.claims12(), f.claimsPaid12(), f.claims36(),
                    f.claimsPaid36(), f.deniedClaims12(), f.litigation36(), opt(f.lastLossDate()), f.policiesEnded36(),
                    f.policiesRenewed36(), f.renewalsDue(), f.renewalFollowUps(), f.complaints12(), f.interactions12(),
                    f.personalContacts12(), f.digitalContacts12(), f.advisoryContacts12(), opt(f.lastContact()),
                    f.profit12());
            List<Object> want = expected.get(e.getKey());
            for (int i = 0; i < got.size(); i++) {
                assertEquals(want.get(i) == null ? NONE : want.get(i), got.get(i), "fact #" + i + " of " + e.getKey());
            }
            assertEquals(f.interactions12() * 20L, f.serviceCost12().longValueExact());
            book = book.add(f.premium12());
            nonZero += f.earned36().signum() > 0 && f.claims36() > 0 ? 1 : 0;
        }
        for (CustomerFacts f : actual.values()) {
            assertEquals(book, f.bookPremium12());
        }
        assertTrue(nonZero > 100, "the book has customers with earned premium and claims: " + nonZero);
    }

    private static final Object NONE = "<none>";

    private static Object opt(Object v) {
        return v == null ? NONE : v;
    }

    // ------------------------------------------------------------------ segments, pyramid, alerts

    @StoreTest
    void tierLoyaltyStyleQualityKeyAndLossMakingCountsEqualThePlainSqlOnes(StoreKind kind) throws Exception {
        Loaded b = book(kind);
        Map<String, Object> p = Map.of("d3", D.minusYears(3));
        Map<String, Long> tiers = countBy(b.raw(), "CASE WHEN premium_12 >= 20000 AND profit_12 >= 0 THEN 'A'"
                + " WHEN premium_12 >= 5000 THEN 'B'"
                + " WHEN premium_12 >= 2000 AND premium_prev_12 > 0 AND premium_12 - premium_prev_12 >= 0.20 * premium_prev_12"
                + " THEN 'B' ELSE 'C' END", "chk_facts", p);
        assertEquals(tiers, countBy(b.raw(), "value_tier", "segment_result", p));
        Map<String, Long> reported = new TreeMap<>();
        b.report().tierCounts().forEach((t, n) -> {
            if (n > 0) {
                reported.put(t.name(), n);
            }
        });
        assertEquals(tiers, reported);
        assertEquals(3, tiers.size(), "all three tiers occur: " + tiers);

        assertEquals(countBy(b.raw(), "CASE WHEN policies_in_force = 0 THEN 'LAPSED'"
                        + " WHEN complaints_12 >= 2 OR (ended_36 > 0 AND renewed_36 < 0.5 * ended_36) THEN 'WARNING'"
                        + " ELSE 'LOYAL' END", "chk_facts", p),
                countBy(b.raw(), "loyalty", "segment_result", p));
        assertEquals(countBy(b.raw(), "CASE WHEN lines_in_force >= 3 AND personal_12 >= 1 THEN 'COMPREHENSIVE'"
                        + " WHEN policies_in_force > 0 AND 2 * intermediated >= policies_in_force AND advisory_12 >= 2"
                        + " THEN 'PROFESSIONAL_SERVICE' WHEN personal_12 >= 2 AND personal_12 >= digital_12 THEN 'RELATIONSHIP'"
                        + " ELSE 'TRANSACTIONAL' END", "chk_facts", p),
                countBy(b.raw(), "decision_style", "segment_result", p));
        assertEquals(countBy(b.raw(), "CASE WHEN (policies_total > 0 AND first_start <= :d3 AND (last_loss IS NULL"
                        + " OR last_loss <= :d3)) OR (earned_36 > 0 AND paid_36 < 0.30 * earned_36) THEN 'Q' ELSE '-' END",
                        "chk_facts", p),
                countBy(b.raw(), "CASE WHEN quality THEN 'Q' ELSE '-' END", "segment_result", p));
        assertEquals(countBy(b.raw(), "CASE WHEN premium_12 > 0 AND premium_12 >= 0.001 * (SELECT SUM(premium_12)"
                        + " FROM chk_facts) THEN 'K' ELSE '-' END", "chk_facts", p),
                countBy(b.raw(), "CASE WHEN key_customer THEN 'K' ELSE '-' END", "segment_result", p));
        assertEquals(countBy(b.raw(), "CASE WHEN profit_12 < 0 OR litigation_36 > 0 THEN 'L' ELSE '-' END",
                        "chk_facts", p),
                countBy(b.raw(), "CASE WHEN loss_making THEN 'L' ELSE '-' END", "segment_result", p));
    }

    /** Counts of {@code expression} over {@code table}. */
    private static Map<String, Long> countBy(Connection raw, String expression, String table, Map<String, Object> p)
            throws SQLException {
        return counts(raw, "SELECT k, COUNT(*) FROM (SELECT " + expression + " AS k FROM " + table + ") t GROUP BY k", p);
    }

    @StoreTest
    void pyramidSharesAndLorenzPointsEqualThePlainSqlOnes(StoreKind kind) throws Exception {
        Loaded b = book(kind);
        Pyramid pyramid = b.crm().service(AnalyticsService.class).pyramid(ACTOR, D).orElseThrow();
        BigDecimal premium = scalar(b.raw(), "SELECT SUM(premium_12) FROM chk_facts", Map.of());
        BigDecimal profit = scalar(b.raw(), "SELECT SUM(profit_12) FROM chk_facts", Map.of());
        assertEquals(CUSTOMERS, pyramid.customers());
        assertEquals(premium, pyramid.totalPremium());
        assertEquals(profit, pyramid.totalProfit());
        for (Pyramid.TopShare t : pyramid.top()) {
            long n = (CUSTOMERS * (long) t.percent() + 99) / 100;
            assertEquals(n, t.customers());
            BigDecimal top = scalar(b.raw(), "SELECT SUM(premium_12) FROM (SELECT premium_12 FROM chk_facts"
                    + " ORDER BY premium_12 DESC LIMIT " + n + ") t", Map.of());
            BigDecimal topProfit = scalar(b.raw(), "SELECT SUM(profit_12) FROM (SELECT profit_12 FROM chk_facts"
                    + " ORDER BY profit_12 DESC LIMIT " + n + ") t", Map.of());
            assertEquals(top, t.premium(), "top " + t.percent() + "%");
            assertEquals(top.divide(premium, 4, RoundingMode.HALF_UP), t.premiumShare());
            assertEquals(topProfit, t.profit());
            assertEquals(topProfit.divide(profit, 4, RoundingMode.HALF_UP), t.profitShare());
        }
        assertTrue(pyramid.top().get(2).premiumShare().compareTo(new BigDecimal("0.5")) > 0,
                "a skewed book: the top 20% bring more than half");
        for (int k = 1; k <= 20; k++) {
            long n = (CUSTOMERS * (long) k + 19) / 20;
            BigDecimal bottom = scalar(b.raw(), "SELECT SUM(premium_12) FROM (SELECT premium_12 FROM chk_facts"
                    + " ORDER BY premium_12 ASC LIMIT " + n + ") t", Map.of());
            assertEquals(bottom.divide(premium, 4, RoundingMode.HALF_UP), pyramid.lorenz().get(k).premiumShare(),
                    "Lorenz point " + k);
        }
    }

    @StoreTest
    void alertCountsEqualThePlainSqlOnes(StoreKind kind) throws Exception {
        Loaded b = book(kind);
        Map<String, Object> p = params();
        Map<String, Long> expected = new TreeMap<>();
        expected.put(BuiltInAlertRules.MULTIPLE_CLAIMS, count(b.raw(), "SELECT COUNT(*) FROM chk_facts WHERE claims_12 >= 3", p));
        expected.put(BuiltInAlertRules.HIGH_LOSS_RATIO, count(b.raw(), "SELECT COUNT(*) FROM chk_facts"
                + " WHERE earned_36 >= 500 AND paid_36 >= 1.00 * earned_36", p));
        expected.put(BuiltInAlertRules.RENEWAL_WITHOUT_FOLLOW_UP, count(b.raw(), "SELECT COUNT(*) FROM chk_facts"
                + " WHERE renewals_due > 0 AND follow_ups = 0", p));
        expected.put(BuiltInAlertRules.CHURN_RISK, count(b.raw(), "SELECT COUNT(*) FROM chk_facts WHERE policies_in_force > 0"
                + " AND (CASE WHEN ended_36 > 0 THEN 35.0 * (ended_36 - renewed_36) / ended_36 ELSE 0 END"
                + " + 12.5 * LEAST(complaints_12, 2) + 10 * LEAST(denied_12, 2)"
                + " + CASE WHEN last_contact IS NULL OR last_contact < :t364 THEN 20 WHEN last_contact < :t179 THEN 10"
                + " ELSE 0 END) >= 59.5", p));
        expected.values().removeIf(v -> v == 0);
        // the generated book has few complaints: churn scores of 60 are rare there, the other three always fire
        assertTrue(expected.size() >= 3, "the book-driven rules fire: " + expected);
        assertEquals(expected, new TreeMap<>(b.report().alertsByRule()));
        assertEquals(expected, counts(b.raw(), "SELECT rule_id, COUNT(*) FROM analytics_alert WHERE as_of = :d GROUP BY rule_id", p));
        assertEquals(expected, new TreeMap<>(b.crm().service(AnalyticsService.class).alertCounts(ACTOR, D)));
    }

    // ------------------------------------------------------------------ the cube

    @StoreTest
    void cubeCellsAndSubtotalsEqualPlainGroupBys(StoreKind kind) throws Exception {
        Loaded b = book(kind);
        AnalyticsService analytics = b.crm().service(AnalyticsService.class);
        LocalDate from = LocalDate.of(2023, 2, 1);
        checkCube(b.raw(), analytics.cube(ACTOR, new CubeQuery(D, from, D,
                List.of(Dimension.PRODUCT_LINE, Dimension.SALES_CHANNEL))), from,
                List.of("x.product_line", "x.sales_channel"));
        checkCube(b.raw(), analytics.cube(ACTOR, new CubeQuery(D, from, D, List.of(Dimension.REGION, Dimension.EDUCATION,
                Dimension.GENDER))), from, List.of("COALESCE(x.region, 'UNKNOWN')", "COALESCE(x.education, 'UNKNOWN')",
                "COALESCE(x.gender, 'UNKNOWN')"));
    }

    /** On H2 the cube is added up over chunks of holders: 3 000 a chunk gives four chunks of this book. */
    @StoreTest
    void cubeOverChunksOfHoldersEqualsPlainGroupBys(StoreKind kind) throws Exception {
        Loaded b = book(kind);
        AnalyticsService analytics = b.crm().service(AnalyticsService.class);
        LocalDate from = LocalDate.of(2023, 2, 1);
        System.setProperty("insurcrm.h2.cubeChunk", "3000");
        try {
            checkCube(b.raw(), analytics.cube(ACTOR, new CubeQuery(D, from, D, List.of(Dimension.REGION,
                    Dimension.PRODUCT_LINE, Dimension.GENDER))), from, List.of("COALESCE(x.region, 'UNKNOWN')",
                    "x.product_line", "COALESCE(x.gender, 'UNKNOWN')"));
        } finally {
            System.clearProperty("insurcrm.h2.cubeChunk");
        }
    }

    private static void checkCube(Connection raw, List<CubeCell> cells, LocalDate from, List<String> dims)
            throws SQLException {
        Map<String, Object> p = new HashMap<>(params());
        p.put("from", from);
        String rows = "(SELECT q.holder_id, q.premium, b.region, c.education, c.gender, q.product_line, q.sales_channel,"
                + " (SELECT COALESCE(SUM(k.paid_amount), 0) FROM claim k WHERE k.policy_id = q.id AND k.loss_date <= :d) AS paid,"
                + " CASE WHEN q.status <> 'CANCELLED' AND q.end_date < :d THEN 1 ELSE 0 END AS ended,"
                + " CASE WHEN q.status <> 'CANCELLED' AND q.end_date < :d AND EXISTS (SELECT 1 FROM policy n"
                + " WHERE n.previous_policy_number = q.policy_number AND n.start_date <= :d) THEN 1 ELSE 0 END AS renewed"
                + " FROM policy q JOIN branch b ON b.id = q.branch_id JOIN customer c ON c.id = q.holder_id"
                + " WHERE q.start_date BETWEEN :from AND :d) x";
        Map<String, String> expected = new TreeMap<>();
        for (int level = 0; level <= dims.size(); level++) {
            StringBuilder select = new StringBuilder("SELECT ");
            for (int i = 0; i < level; i++) {
                select.append(dims.get(i)).append(", ");
            }
            select.append("SUM(x.premium), SUM(x.paid), COUNT(DISTINCT x.holder_id), COUNT(*), SUM(x.ended),"
                    + " SUM(x.renewed) FROM ").append(rows);
            if (level > 0) {
                select.append(" GROUP BY ").append(String.join(", ", dims.subList(0, level)));
            }
            try (PreparedStatement s = prepare(raw, select.toString(), p); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<String> key = new ArrayList<>();
                    for (int i = 0; i < dims.size(); i++) {
                        key.add(i < level ? r.getString(i + 1) : null);
                    }
                    expected.put(key.toString(), r.getBigDecimal(level + 1).setScale(2) + "|"
                            + r.getBigDecimal(level + 2).setScale(2) + "|" + r.getLong(level + 3) + "|"
                            + r.getLong(level + 4) + "|" + r.getLong(level + 5) + "|" + r.getLong(level + 6));
                }
            }
        }
        Map<String, String> got = new TreeMap<>();
        for (CubeCell c : cells) {
            got.put(c.keys().toString(), c.premium() + "|" + c.claimsPaid() + "|" + c.customers() + "|" + c.policies()
                    + "|" + c.policiesEnded() + "|" + c.policiesRenewed());
        }
        assertEquals(expected, got);
        assertTrue(expected.size() > 20, "a cube with real cells: " + expected.size());
    }

    // ------------------------------------------------------------------ raw JDBC helpers

    private static final Pattern NAMED = Pattern.compile(":([a-z0-9]+)");

    private static PreparedStatement prepare(Connection raw, String sql, Map<String, Object> params) throws SQLException {
        List<Object> binds = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            binds.add(Objects.requireNonNull(params.get(m.group(1)), m.group(1)));
            m.appendReplacement(sb, "?");
        }
        m.appendTail(sb);
        PreparedStatement s = raw.prepareStatement(sb.toString());
        for (int i = 0; i < binds.size(); i++) {
            s.setObject(i + 1, binds.get(i));
        }
        return s;
    }

    private static void execute(Connection raw, String sql, Map<String, Object> params) throws SQLException {
        try (PreparedStatement s = prepare(raw, sql, params)) {
            s.execute();
        }
    }

    private static Map<String, Long> counts(Connection raw, String sql, Map<String, Object> params) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (PreparedStatement s = prepare(raw, sql, params); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.put(r.getString(1).trim(), r.getLong(2));
            }
        }
        return out;
    }

    private static long count(Connection raw, String sql, Map<String, Object> params) throws SQLException {
        try (PreparedStatement s = prepare(raw, sql, params); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static BigDecimal scalar(Connection raw, String sql, Map<String, Object> params) throws SQLException {
        try (PreparedStatement s = prepare(raw, sql, params); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getBigDecimal(1).setScale(2, RoundingMode.UNNECESSARY);
        }
    }
}
