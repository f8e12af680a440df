package io.insurcrm.storage.analytics;

import static io.insurcrm.storage.Fixtures.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.analytics.AnalyticsService;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.storage.Fixtures;
import io.insurcrm.storage.testing.MutableClock;
import io.insurcrm.storage.testing.StatementLog;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.TestStores;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The keyed batch reads of a re-run seek their rows on H2 instead of scanning the date. H2 2.5 plans
 * {@code customer_id = ANY(?)} together with an equality on another column of the same index as a scan
 * of that other column's range (every alert of the date, every row of the snapshot, once per batch); the
 * repositories join the bound array as a table ({@code UNNEST}) instead. This test runs the statements
 * the repositories actually sent, with EXPLAIN ANALYZE, against 5,000 more rows of the same date and
 * snapshots: a scan would read them all.
 */
class RerunPlanTest {
    private static final LocalDate EARLIER = LocalDate.of(2026, 1, 29);
    private static final LocalDate DATE = LocalDate.of(2026, 1, 30);
    private static final int OTHER_ROWS = 5_000;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    @Test
    void aRerunReadsItsBatchsAlertsAndSegmentsByKeyOnH2() throws SQLException {
        StatementLog log = new StatementLog();
        DataSource h2 = TestStores.freshDataSource(StoreKind.H2);
        CustomerId customer;
        try (InsurCrm crm = InsurCrm.builder().dataSource(log.wrap(h2), null)
                .clock(new MutableClock(Instant.parse("2026-01-28T02:00:00Z"))).build()) {
            BranchId branch = Fixtures.branchTree(crm).id();
            customer = AnalyticsRerunTest.customer(crm, 1, branch);
            AnalyticsRerunTest.list(crm, 1);
            AnalyticsService analytics = crm.service(AnalyticsService.class);
            analytics.run(ACTOR, EARLIER);
            analytics.run(ACTOR, DATE);
            log.clear();
            analytics.run(ACTOR, DATE); // the re-run
        }
        List<String> alertReads = log.matching("unnest", "analytics_alert");
        List<String> segmentReads = log.matching("unnest", "segment_result");
        assertEquals(1, alertReads.size(), log::toString);
        assertEquals(1, segmentReads.size(), log::toString);

        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            UUID[] batch = {customer.value()};
            UUID now = snapshot(c, DATE);
            UUID before = snapshot(c, EARLIER);
            // other customers' rows of the same date and snapshots (their customers need not exist here)
            s.execute("ALTER TABLE analytics_alert SET REFERENTIAL_INTEGRITY FALSE");
            s.execute("ALTER TABLE segment_result SET REFERENTIAL_INTEGRITY FALSE");
            s.execute("INSERT INTO analytics_alert (id, rule_id, customer_id, branch_id, as_of, severity, reason, facts)"
                    + " SELECT RANDOM_UUID(), 'plan', RANDOM_UUID(), RANDOM_UUID(), DATE '" + DATE + "', 'LOW', 'r', '{}'"
                    + " FROM SYSTEM_RANGE(1, " + OTHER_ROWS + ")");
            for (UUID snapshot : List.of(now, before)) {
                s.execute("INSERT INTO segment_result (snapshot_id, customer_id, branch_id, value_tier, loyalty,"
                        + " decision_style, quality, key_customer, loss_making, contribution_score, loyalty_score,"
                        + " premium_12, profit_12, reasons) SELECT '" + snapshot + "', RANDOM_UUID(), RANDOM_UUID(),"
                        + " 'C', 'NEW', 'X', FALSE, FALSE, FALSE, 0, 0, 0, 0, '' FROM SYSTEM_RANGE(1, " + OTHER_ROWS + ")");
            }
            assertSeeks(c, alertReads.get(0), c.createArrayOf("uuid", batch), DATE);
            assertSeeks(c, segmentReads.get(0), c.createArrayOf("uuid", batch), now, c.createArrayOf("uuid", batch),
                    before);
        }
    }

    private static UUID snapshot(Connection c, LocalDate asOf) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM analytics_snapshot WHERE as_of = ?")) {
            p.setObject(1, asOf);
            try (ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next(), "snapshot of " + asOf);
                return rs.getObject(1, UUID.class);
            }
        }
    }

    /** Every table access of the statement's plan read fewer rows than the other rows would take to scan. */
    private static void assertSeeks(Connection c, String sql, Object... binds) throws SQLException {
        String plan;
        try (PreparedStatement p = c.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (int i = 0; i < binds.length; i++) {
                p.setObject(i + 1, binds[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                plan = rs.getString(1);
            }
        }
        Matcher m = SCAN_COUNT.matcher(plan);
        int accesses = 0;
        while (m.find()) {
            accesses++;
            assertTrue(Integer.parseInt(m.group(1)) < 10, plan);
        }
        assertTrue(accesses > 0, plan);
    }
}
