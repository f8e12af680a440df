package io.insurcrm.storage.analytics;

import io.insurcrm.storage.testing.MutableClock;
import static io.insurcrm.storage.Fixtures.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.analytics.AnalyticsService;
import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.AnalyticsRunReport;
import io.insurcrm.analytics.model.CubeCell;
import io.insurcrm.analytics.model.CubeQuery;
import io.insurcrm.analytics.model.CustomerFacts;
import io.insurcrm.analytics.model.DecisionStyle;
import io.insurcrm.analytics.model.Dimension;
import io.insurcrm.analytics.model.LoyaltyStatus;
import io.insurcrm.analytics.model.Pyramid;
import io.insurcrm.analytics.model.Reason;
import io.insurcrm.analytics.model.SegmentQuery;
import io.insurcrm.analytics.model.Segmentation;
import io.insurcrm.analytics.model.Severity;
import io.insurcrm.analytics.model.TierMigration;
import io.insurcrm.analytics.model.ValueTier;
import io.insurcrm.analytics.report.AccountManagerKpi;
import io.insurcrm.analytics.report.ComplaintAnalysis;
import io.insurcrm.analytics.report.MonthlyCustomerReport;
import io.insurcrm.analytics.report.ReportExport;
import io.insurcrm.analytics.rules.BuiltInAlertRules;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.claim.NewClaim;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.complaint.Complaint;
import io.insurcrm.core.complaint.ComplaintCategory;
import io.insurcrm.core.complaint.ComplaintState;
import io.insurcrm.core.complaint.ComplaintTransition;
import io.insurcrm.core.complaint.NewComplaint;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.interaction.NewInteraction;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import io.insurcrm.storage.Fixtures;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A handful of customers whose every analytic figure is worked out by hand below, as of 2026-01-31
 * (windows: 12 months = 2025-02-01..2026-01-31, 365 days; 36 months = 2023-02-01..2026-01-31; the
 * "previous 12 months" of written premium = starts in 2024-02-01..2025-01-31). Default settings: 20.00
 * per contact, tier A ≥ 20 000, B ≥ 5 000, renewal due within 30 days, follow-ups over 60 days.
 */
class AnalyticsHandFixtureTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-01-31T04:00:00Z");

    /** The ids of the fixture. */
    record Book(CustomerId alice, CustomerId bob, CustomerId carol, CustomerId dan, BranchId ns, BranchId sz,
            BranchId gd) {
    }

    @StoreTest
    void everyFigureMatchesTheHandComputation(StoreKind kind) {
        MutableClock clock = new MutableClock(NOW);
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).build()) {
            Book b = book(crm, clock);
            AnalyticsService analytics = crm.service(AnalyticsService.class);
            assertThrows(IllegalArgumentException.class, () -> crm.service(Runnable.class),
                    "service() hands out io.insurcrm interfaces only");

            Map<CustomerId, CustomerFacts> facts = new HashMap<>();
            analytics.facts(ACTOR, AS_OF, f -> facts.put(f.customerId(), f));
            assertEquals(4, facts.size());

            // ---- Alice: A-P0 36 600 (2024-02-01..2025-01-31, 366 days, renewed by A-P1),
            // A-P1 36 500 (2025-02-01..2026-01-31, 365 days), A-P2 7 300 (2025-07-01..2026-06-30, 20/day),
            // A-P3 3 650 (2025-03-01..2026-02-28, 10/day, due for renewal), A-P4 starts after the as-of date.
            CustomerFacts a = facts.get(b.alice());
            assertEquals(money("47450.00"), a.premium12());            // 36 500 + 7 300 + 3 650
            assertEquals(money("36600.00"), a.premiumPrev12());        // A-P0 started 2024-02-01
            assertEquals(money("47450.00"), a.premiumInForce());       // P1 + P2 + P3 (P0 ended 2025-01-31)
            assertEquals(4, a.policiesTotal());                        // P4 starts after the as-of date
            assertEquals(3, a.policiesInForce());
            assertEquals(3, a.productLinesInForce());                  // PROPERTY, HEALTH, ACCIDENT
            assertEquals(2, a.intermediatedInForce());                 // AGENT, BROKER (ONLINE is not)
            assertEquals(LocalDate.of(2024, 2, 1), a.firstPolicyStart());
            // earned12 = 36 500 (all 365 days) + 0 (P0 ended before) + 215 days × 20 (Jul..Jan) + 337 days × 10
            assertEquals(money("44170.00"), a.earned12());
            assertEquals(money("80770.00"), a.earned36());             // + 36 600 of P0, all inside 36 months
            assertEquals(1, a.claims12());
            assertEquals(money("4000.00"), a.claimsPaid12());
            assertEquals(1, a.claims36());
            assertEquals(money("4000.00"), a.claimsPaid36());
            assertEquals(1, a.policiesEnded36());
            assertEquals(1, a.policiesRenewed36());
            assertEquals(new BigDecimal("1.0000"), a.renewalRate());
            assertEquals(1, a.renewalsDue());                          // P3 ends 2026-02-28 <= 2026-03-02
            assertEquals(1, a.renewalFollowUps());                     // 2026-01-10, inside 2025-12-03..2026-01-31
            assertEquals(3, a.interactions12());                       // the one at 2026-02-01 00:30 Shanghai is after
            assertEquals(2, a.personalContacts12());                   // VISIT, CALL_CENTRE
            assertEquals(1, a.digitalContacts12());                    // WECHAT
            assertEquals(1, a.advisoryContacts12());                   // INQUIRY
            assertEquals(0, a.complaints12());
            assertEquals(at(2026, 1, 10, 10), a.lastContact());
            assertEquals(money("60.00"), a.serviceCost12());           // 3 × 20.00
            assertEquals(money("40110.00"), a.profit12());             // 44 170 − 4 000 − 60
            assertEquals(money("52925.00"), a.bookPremium12());        // 47 450 + 5 475
            assertEquals(new BigDecimal("0.2964"), a.premiumGrowth()); // 10 850 / 36 600 = 0.29645
            assertEquals(new BigDecimal("0.0495"), a.lossRatio());     // 4 000 / 80 770 = 0.04952
            assertEquals(1, a.tenureYears());

            // ---- Bob: B-P0 3 650 (2024-03-01..2025-02-28, 10/day, not renewed), B-P1 5 475 (2025-04-01..
            // 2026-03-31, 15/day); claims: 4 000 paid in 2024 (litigation), 3 000 and 2 500 paid, one denied, one open.
            CustomerFacts bob = facts.get(b.bob());
            assertEquals(money("5475.00"), bob.premium12());
            assertEquals(money("3650.00"), bob.premiumPrev12());
            assertEquals(money("4870.00"), bob.earned12());            // 28 days × 10 + 306 days × 15
            assertEquals(money("8240.00"), bob.earned36());            // 3 650 + 4 590
            assertEquals(4, bob.claims12());
            assertEquals(money("5500.00"), bob.claimsPaid12());
            assertEquals(5, bob.claims36());
            assertEquals(money("9500.00"), bob.claimsPaid36());
            assertEquals(1, bob.deniedClaims12());
            assertEquals(1, bob.litigation36());
            assertEquals(LocalDate.of(2026, 1, 20), bob.lastLossDate());
            assertEquals(new BigDecimal("0.0000"), bob.renewalRate()); // 0 of 1 ended
            assertEquals(2, bob.complaints12());                       // received 2025-09-01 and 2025-10-01
            assertEquals(1, bob.personalContacts12());
            assertEquals(2, bob.digitalContacts12());
            assertEquals(money("-690.00"), bob.profit12());            // 4 870 − 5 500 − 60
            assertEquals(new BigDecimal("0.5000"), bob.premiumGrowth());
            assertEquals(new BigDecimal("1.1529"), bob.lossRatio());   // 9 500 / 8 240 = 1.15291
            assertEquals(122L, bob.daysSinceLastContact(SHANGHAI));    // 2025-10-01 → 2026-01-31

            // ---- Carol: one expired policy 2022-06-01..2023-05-31 of 1 000, 120 of its 365 days in 36 months
            CustomerFacts carol = facts.get(b.carol());
            assertEquals(money("328.77"), carol.earned36());           // 1 000 × 120 / 365 = 328.767
            assertEquals(0, carol.policiesInForce());
            assertEquals(1, carol.policiesEnded36());
            assertEquals(3, carol.tenureYears());
            assertNull(carol.lastContact());
            assertNull(carol.premiumGrowth());
            assertEquals(0, carol.complaints12());                     // received 2026-02-01 00:00, after the day

            // ---- Dan: no policy, one contact in 2024
            CustomerFacts dan = facts.get(b.dan());
            assertEquals(0, dan.policiesTotal());
            assertEquals(0, dan.interactions12());
            assertEquals(money("0.00"), dan.profit12());
            assertEquals(0, dan.complaints12());                       // received 2025-01-31 23:59, before the window

            // ---- the run: segments, alerts, snapshot
            AnalyticsRunReport report = analytics.run(ACTOR, AS_OF);
            assertEquals(4, report.customers());
            assertEquals(Map.of(ValueTier.A, 1L, ValueTier.B, 1L, ValueTier.C, 2L), report.tierCounts());
            Map<String, Long> expectedAlerts = Map.of(BuiltInAlertRules.CHURN_RISK, 1L,
                    BuiltInAlertRules.HIGH_LOSS_RATIO, 1L, BuiltInAlertRules.MULTIPLE_CLAIMS, 1L);
            assertEquals(expectedAlerts, report.alertsByRule());

            Map<CustomerId, Segmentation> seg = analytics.segments(ACTOR, new SegmentQuery(AS_OF, null, null, null,
                    false, 100)).stream().collect(Collectors.toMap(Segmentation::customerId, s -> s));
            Segmentation sa = seg.get(b.alice());
            assertEquals(ValueTier.A, sa.tier());                      // 47 450 >= 20 000 and profit >= 0
            assertEquals(LoyaltyStatus.LOYAL, sa.loyalty());
            assertEquals(DecisionStyle.COMPREHENSIVE, sa.style());     // 3 lines, 2 personal contacts
            assertTrue(sa.quality());                                  // loss ratio 0.0495 < 0.30
            assertTrue(sa.key());                                      // 0.896552 of the book
            assertFalse(sa.lossMaking());
            assertEquals(100, sa.contributionScore());                 // 60 (capped) + 40 (capped)
            assertEquals(73, sa.loyaltyScore());                       // 40 × 1 + 30 × 0.1 + 20 + 10
            assertTrue(sa.reasons().contains(new Reason("tier-a.premium", "premium12", "47450.00", ">= 20000")));
            assertTrue(sa.reasons().contains(new Reason("quality.loss-ratio", "lossRatio", "0.0495", "< 0.30")));

            Segmentation sb = seg.get(b.bob());
            assertEquals(ValueTier.B, sb.tier());                      // 5 475 >= 5 000
            assertEquals(LoyaltyStatus.WARNING, sb.loyalty());         // 2 complaints, renewal rate 0
            assertEquals(DecisionStyle.TRANSACTIONAL, sb.style());
            assertFalse(sb.quality());
            assertTrue(sb.key());
            assertTrue(sb.lossMaking());                               // profit −690 and a litigation
            assertEquals(16, sb.contributionScore());                  // 60 × 5 475 / 20 000 = 16.425
            assertEquals(20, sb.loyaltyScore());                       // 0 + 3 + 20 × (1 − 2/3) + 10 = 19.67
            assertEquals(List.of("warning.complaints", "warning.renewal-rate"), sb.reasons().stream()
                    .map(Reason::code).filter(c -> c.startsWith("warning")).toList());

            Segmentation sc = seg.get(b.carol());
            assertEquals(ValueTier.C, sc.tier());
            assertEquals(LoyaltyStatus.LAPSED, sc.loyalty());
            assertTrue(sc.quality());                                  // never claimed, tenure 3 years
            assertEquals(0, sc.contributionScore());
            assertEquals(29, sc.loyaltyScore());                       // 0 + 30 × 0.3 + 20 + 0
            Segmentation sd = seg.get(b.dan());
            assertEquals(LoyaltyStatus.LAPSED, sd.loyalty());
            assertFalse(sd.quality());
            assertEquals(40, sd.loyaltyScore());                       // 40 × 0.5 + 0 + 20 + 0

            // alerts, most severe first; Bob's three are MEDIUM
            List<Alert> alerts = analytics.alerts(ACTOR, AS_OF, Severity.LOW, 10);
            assertEquals(3, alerts.size());
            assertTrue(alerts.stream().allMatch(x -> x.customerId().equals(b.bob()) && x.severity() == Severity.MEDIUM));
            Alert churn = alerts.get(0);
            assertEquals(BuiltInAlertRules.CHURN_RISK, churn.ruleId());
            assertEquals("70", churn.facts().get("churnScore"));      // 35 × 1 + 12.5 × 2 + 10 × 1 + 0 (122 days)
            assertEquals("4", alerts.get(2).facts().get("claims12"));
            assertEquals("1.1529", alerts.get(1).facts().get("lossRatio"));

            // re-running the same date replaces, never duplicates
            analytics.run(ACTOR, AS_OF);
            assertEquals(expectedAlerts, analytics.alertCounts(ACTOR, AS_OF));
            assertEquals(4, analytics.segments(ACTOR, new SegmentQuery(AS_OF, null, null, null, false, 100)).size());

            // indexed look-ups: tier B and WARNING in GD's subtree is Bob (branch SZ), not in GD itself
            assertEquals(List.of(b.bob()), ids(analytics.segments(ACTOR,
                    new SegmentQuery(AS_OF, ValueTier.B, LoyaltyStatus.WARNING, b.gd(), true, 10))));
            assertEquals(List.of(), ids(analytics.segments(ACTOR,
                    new SegmentQuery(AS_OF, ValueTier.B, LoyaltyStatus.WARNING, b.gd(), false, 10))));
            assertEquals(List.of(b.alice()), ids(analytics.segments(ACTOR,
                    new SegmentQuery(AS_OF, ValueTier.A, LoyaltyStatus.LOYAL, b.ns(), false, 10))));

            // pyramid: 4 customers; the top 1%, 5% and 20% are each ceil(4 × p) = 1 customer: Alice
            Pyramid p = analytics.pyramid(ACTOR, AS_OF).orElseThrow();
            assertEquals(4, p.customers());
            assertEquals(money("52925.00"), p.totalPremium());
            assertEquals(money("39420.00"), p.totalProfit());        // 40 110 − 690
            for (Pyramid.TopShare t : p.top()) {
                assertEquals(1, t.customers());
                assertEquals(new BigDecimal("0.8966"), t.premiumShare()); // 47 450 / 52 925
                assertEquals(new BigDecimal("1.0175"), t.profitShare());  // 40 110 / 39 420
            }
            assertEquals(Map.of(ValueTier.A, 1L, ValueTier.B, 1L, ValueTier.C, 2L), p.tierCounts());
            // Lorenz: premiums ascending 0, 0, 5 475, 47 450; the point k/20 is at rank ceil(4k/20)
            assertEquals(21, p.lorenz().size());
            assertEquals(new BigDecimal("0.0000"), p.lorenz().get(10).premiumShare()); // 50%: two zeros
            assertEquals(new BigDecimal("0.1034"), p.lorenz().get(15).premiumShare()); // 75%: 5 475 / 52 925
            assertEquals(new BigDecimal("1.0000"), p.lorenz().get(20).premiumShare());

            // tier migration from a year earlier: Alice A → A (36 600 written, no claim), Bob C → B
            // (3 650 written in 2024-02..2025-01 and nothing before: no growth), Carol and Dan C → C
            analytics.run(ACTOR, AS_OF.minusYears(1));
            TierMigration m = analytics.migration(ACTOR, AS_OF.minusYears(1), AS_OF, 10);
            assertEquals(1, m.up());
            assertEquals(0, m.down());
            assertEquals(3, m.same());
            assertEquals(1L, m.matrix().get(ValueTier.C).get(ValueTier.B));
            assertEquals(2L, m.matrix().get(ValueTier.C).get(ValueTier.C));
            assertEquals(1L, m.matrix().get(ValueTier.A).get(ValueTier.A));
            assertEquals(List.of(new TierMigration.Move(b.bob(), ValueTier.C, ValueTier.B)), m.movers());
            assertEquals(List.of(AS_OF.minusYears(1), AS_OF), analytics.snapshotDates(ACTOR));

            // cube by product line over the policies started in the last 12 months
            List<CubeCell> lines = analytics.cube(ACTOR, new CubeQuery(AS_OF, LocalDate.of(2025, 2, 1), AS_OF,
                    List.of(Dimension.PRODUCT_LINE)));
            assertEquals(List.of("ACCIDENT:3650.00:0.00:1:1", "AUTO:5475.00:5500.00:1:1", "HEALTH:7300.00:0.00:1:1",
                    "PROPERTY:36500.00:4000.00:1:1", "null:52925.00:9500.00:2:4"), lines.stream()
                    .map(c -> c.keys().get(0) + ":" + c.premium() + ":" + c.claimsPaid() + ":" + c.customers() + ":"
                            + c.policies()).toList());
            // by start year since 2022: 2022 Carol's 1 000; 2024 A-P0 36 600 (renewed) + B-P0 3 650 (claim
            // 4 000, not renewed); 2025 the four above; A-P4 (2026-02-15) is after the as-of date
            List<CubeCell> years = analytics.cube(ACTOR, new CubeQuery(AS_OF, LocalDate.of(2022, 1, 1),
                    LocalDate.of(2026, 12, 31), List.of(Dimension.PERIOD)));
            assertEquals(List.of("2022:1000.00:0.00:1:1:1:0", "2024:40250.00:4000.00:2:2:2:1",
                    "2025:52925.00:9500.00:2:4:0:0", "null:94175.00:13500.00:3:7:3:1"), years.stream()
                    .map(c -> c.keys().get(0) + ":" + c.premium() + ":" + c.claimsPaid() + ":" + c.customers() + ":"
                            + c.policies() + ":" + c.policiesEnded() + ":" + c.policiesRenewed()).toList());
            assertEquals(new BigDecimal("0.5000"), years.get(1).renewalRate());
            assertEquals(new BigDecimal("0.0994"), years.get(1).lossRatio()); // 4 000 / 40 250
        }
    }

    /**
     * Rows store {@code [code, value]} per reason with the snapshot's legend of facts and thresholds;
     * rows in the earlier object form, with no legend, read back to the same reasons.
     */
    @StoreTest
    void storedReasonsReadBackInEveryForm(StoreKind kind) throws java.sql.SQLException {
        MutableClock clock = new MutableClock(NOW);
        javax.sql.DataSource ds = TestStores.freshDataSource(kind);
        try (InsurCrm crm = InsurCrm.builder().dataSource(ds, null).clock(clock).build()) {
            Book b = book(crm, clock);
            AnalyticsService analytics = crm.service(AnalyticsService.class);
            analytics.run(ACTOR, AS_OF);
            SegmentQuery all = new SegmentQuery(AS_OF, null, null, null, false, 100);
            List<Segmentation> before = analytics.segments(ACTOR, all);
            assertEquals(4, before.size());
            Segmentation alice = before.stream().filter(s -> s.customerId().equals(b.alice())).findFirst().orElseThrow();
            assertTrue(alice.reasons().contains(new Reason("tier-a.premium", "premium12", "47450.00", ">= 20000")));
            try (java.sql.Connection c = ds.getConnection()) {
                try (java.sql.PreparedStatement q = c.prepareStatement(
                        "SELECT reasons FROM segment_result WHERE customer_id = ?")) {
                    q.setObject(1, b.alice().value());
                    try (java.sql.ResultSet r = q.executeQuery()) {
                        assertTrue(r.next());
                        assertTrue(r.getString(1).contains("[\"tier-a.premium\",\"47450.00\"]"), r.getString(1));
                    }
                }
                // the form of earlier versions: objects with every member, no legend
                try (java.sql.PreparedStatement u = c.prepareStatement(
                        "UPDATE segment_result SET reasons = ? WHERE customer_id = ?")) {
                    for (Segmentation s : before) {
                        u.setString(1, io.insurcrm.analytics.port.ReasonCodec.write(s.reasons()));
                        u.setObject(2, s.customerId().value());
                        assertEquals(1, u.executeUpdate());
                    }
                }
                try (java.sql.Statement u = c.createStatement()) {
                    u.executeUpdate("UPDATE analytics_snapshot SET reason_legend = NULL");
                }
            }
            assertEquals(before, analytics.segments(ACTOR, all));
        }
    }

    @StoreTest
    void monthlyReportsMatchTheHandCount(StoreKind kind) {
        MutableClock clock = new MutableClock(NOW);
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).build()) {
            Book b = book(crm, clock);
            // a manager visiting Carol on 2025-11-05, 2025-12-05 (30 days later) and 2025-12-20 (15 days later)
            contact(crm, b.carol(), InteractionChannel.VISIT, InteractionType.CARE_VISIT, at(2025, 11, 5, 10), "am-9");
            contact(crm, b.carol(), InteractionChannel.VISIT, InteractionType.CARE_VISIT, at(2025, 12, 5, 10), "am-9");
            contact(crm, b.carol(), InteractionChannel.VISIT, InteractionType.CARE_VISIT, at(2025, 12, 20, 10), "am-9");
            AnalyticsService analytics = crm.service(AnalyticsService.class);

            // December 2025: am-9 made two visits to one customer, (30 + 15) / 2 = 22.5 days after the previous
            // ones; staff-1 visited Alice once (no earlier visit)
            List<AccountManagerKpi> kpis = analytics.accountManagerKpis(ACTOR, YearMonth.of(2025, 12));
            assertEquals(List.of(
                    new AccountManagerKpi("am-9", YearMonth.of(2025, 12), 1, 2, 2, new BigDecimal("22.5"), 0, 0, 0, null),
                    new AccountManagerKpi("staff-1", YearMonth.of(2025, 12), 1, 1, 1, null, 0, 0, 0, null)), kpis);
            assertEquals("staffId,month,customersMaintained,careActions,visits,averageDaysBetweenVisits,"
                    + "renewalFollowUps,renewalsWon,complaints,customerRating\r\n"
                    + "am-9,2025-12,1,2,2,22.5,0,0,0,\r\nstaff-1,2025-12,1,1,1,,0,0,0,\r\n",
                    ReportExport.csv(kpis, AccountManagerKpi.class));
            assertTrue(ReportExport.json(kpis).contains("\"averageDaysBetweenVisits\" : \"22.5\""));
            // January 2026: staff-1's renewal follow-up of Alice; her renewal A-P1 started in 2025, so none won
            assertEquals(List.of(new AccountManagerKpi("staff-1", YearMonth.of(2026, 1), 1, 0, 0, null, 1, 0, 0, null)),
                    analytics.accountManagerKpis(ACTOR, YearMonth.of(2026, 1)));

            // July 2025 by the customers' branch: NS has Alice (A-P1 in force on 07-31, A-P2 written 07-01 for
            // 7 300) and Carol (expired); SZ has Bob (B-P1 in force) and Dan; no claim reported or settled in July
            assertEquals(List.of(
                    new MonthlyCustomerReport(YearMonth.of(2025, 7), "NS", 2, 0, 1, 1, money("7300.00"), 0,
                            money("0.00"), 0),
                    new MonthlyCustomerReport(YearMonth.of(2025, 7), "SZ", 2, 0, 1, 0, money("0.00"), 0,
                            money("0.00"), 0)), analytics.customerReport(ACTOR, YearMonth.of(2025, 7)));
            // June 2025: Alice's claim reported 06-11 and settled 06-15 for 4 000; Bob's BC2 settled 05-06
            List<MonthlyCustomerReport> june = analytics.customerReport(ACTOR, YearMonth.of(2025, 6));
            assertEquals(1, june.get(0).claimsReported());
            assertEquals(money("4000.00"), june.get(0).claimsPaid());

            // October 2025: Bob's complaint on the web
            ComplaintAnalysis october = analytics.complaintAnalysis(ACTOR, YearMonth.of(2025, 10));
            assertEquals(1, october.complaints());
            assertEquals(List.of(new ComplaintAnalysis.Count("SZ", 1, 1)), october.byBranch());
            assertEquals(List.of(new ComplaintAnalysis.Count("WEB", 1, 1)), october.byChannel());
        }
    }

    private static List<CustomerId> ids(List<Segmentation> rows) {
        return rows.stream().map(Segmentation::customerId).toList();
    }

    static Book book(InsurCrm crm, MutableClock clock) {
        BranchId ns = Fixtures.branchTree(crm).id();
        BranchId sz = crm.branches().findByCode(ACTOR, "SZ").orElseThrow().id();
        BranchId gd = crm.branches().findByCode(ACTOR, "GD").orElseThrow().id();
        CustomerId alice = customer(crm, 1, "甲", ns);
        CustomerId bob = customer(crm, 2, "乙", sz);
        CustomerId carol = customer(crm, 3, "丙", ns);
        CustomerId dan = customer(crm, 4, "丁", sz);

        policy(crm, "A-P0", alice, ProductLine.PROPERTY, SalesChannel.AGENT, ns, "2024-02-01", "2025-01-31", "36600.00", null);
        Policy ap1 = policy(crm, "A-P1", alice, ProductLine.PROPERTY, SalesChannel.AGENT, ns, "2025-02-01", "2026-01-31",
                "36500.00", "A-P0");
        policy(crm, "A-P2", alice, ProductLine.HEALTH, SalesChannel.BROKER, ns, "2025-07-01", "2026-06-30", "7300.00", null);
        policy(crm, "A-P3", alice, ProductLine.ACCIDENT, SalesChannel.ONLINE, ns, "2025-03-01", "2026-02-28", "3650.00",
                null);
        policy(crm, "A-P4", alice, ProductLine.LIFE, SalesChannel.AGENT, ns, "2026-02-15", "2046-02-14", "99999.00", null);
        claim(crm, "AC1", ap1, "2025-06-10", ClaimStatus.PAID, "4000.00", false);

        Policy bp0 = policy(crm, "B-P0", bob, ProductLine.AUTO, SalesChannel.CAR_DEALER, sz, "2024-03-01", "2025-02-28",
                "3650.00", null);
        Policy bp1 = policy(crm, "B-P1", bob, ProductLine.AUTO, SalesChannel.CAR_DEALER, sz, "2025-04-01", "2026-03-31",
                "5475.00", null);
        claim(crm, "BC1", bp0, "2024-12-01", ClaimStatus.PAID, "4000.00", true);
        claim(crm, "BC2", bp1, "2025-05-01", ClaimStatus.PAID, "3000.00", false);
        claim(crm, "BC3", bp1, "2025-08-01", ClaimStatus.PAID, "2500.00", false);
        claim(crm, "BC4", bp1, "2025-11-01", ClaimStatus.DENIED, null, false);
        claim(crm, "BC5", bp1, "2026-01-20", ClaimStatus.REPORTED, null, false);

        Policy cp0 = policy(crm, "C-P0", carol, ProductLine.HEALTH, SalesChannel.BANCASSURANCE, ns, "2022-06-01",
                "2023-05-31", "1000.00", null);
        crm.policies().changeStatus(ACTOR, cp0.id(), cp0.version(), PolicyStatus.EXPIRED);

        contact(crm, alice, InteractionChannel.VISIT, InteractionType.CARE_VISIT, at(2025, 12, 1, 10));
        contact(crm, alice, InteractionChannel.CALL_CENTRE, InteractionType.RENEWAL_FOLLOW_UP, at(2026, 1, 10, 10));
        contact(crm, alice, InteractionChannel.WECHAT, InteractionType.INQUIRY, at(2025, 3, 15, 10));
        // 2026-02-01 00:30 in Shanghai is 2026-01-31 16:30 UTC: after the as-of date in the analytics zone
        contact(crm, alice, InteractionChannel.WEB, InteractionType.INQUIRY,
                LocalDateTime.of(2026, 2, 1, 0, 30).atZone(SHANGHAI).toInstant());
        contact(crm, bob, InteractionChannel.CALL_CENTRE, InteractionType.COMPLAINT, at(2025, 9, 1, 10));
        contact(crm, bob, InteractionChannel.WEB, InteractionType.COMPLAINT, at(2025, 10, 1, 10));
        contact(crm, bob, InteractionChannel.MOBILE_APP, InteractionType.CLAIM_SERVICE, at(2025, 6, 1, 10));
        contact(crm, dan, InteractionChannel.SELF_SERVICE, InteractionType.INQUIRY, at(2024, 1, 1, 10));
        // complaints (the complaint table; withdrawn at once, so no SLA alert): Bob's two inside the 12 months,
        // Dan's at 2025-01-31 23:59 Shanghai (a minute before the window), Carol's at 2026-02-01 00:00 (after it)
        complaint(crm, clock, bob, sz, at(2025, 9, 1, 10));
        complaint(crm, clock, bob, sz, at(2025, 10, 1, 10));
        complaint(crm, clock, dan, sz, LocalDateTime.of(2025, 1, 31, 23, 59).atZone(SHANGHAI).toInstant());
        complaint(crm, clock, carol, ns, LocalDateTime.of(2026, 2, 1, 0, 0).atZone(SHANGHAI).toInstant());
        clock.set(NOW);
        return new Book(alice, bob, carol, dan, ns, sz, gd);
    }

    private static void complaint(InsurCrm crm, MutableClock clock, CustomerId customer, BranchId branch, Instant at) {
        clock.set(at);
        Complaint c = crm.complaints().receive(ACTOR,
                new NewComplaint(customer, null, ComplaintCategory.SERVICE_ATTITUDE, null, null, branch));
        crm.complaints().transition(ACTOR, c.id(), c.version(), ComplaintTransition.to(ComplaintState.WITHDRAWN));
    }

    private static CustomerId customer(InsurCrm crm, int n, String name, BranchId branch) {
        return crm.customers().create(ACTOR, CustomerProfile.individual("客户" + name)
                .nationalId(Fixtures.anyNationalId(n)).mobile(Fixtures.mobile(n)).build(), branch).id();
    }

    private static Policy policy(InsurCrm crm, String number, CustomerId holder, ProductLine line,
            SalesChannel channel, BranchId branch, String start, String end, String premium, String previous) {
        return crm.policies().issue(ACTOR, new NewPolicy(number, holder, line, null, channel, branch, null,
                LocalDate.parse(start), LocalDate.parse(end), Money.cny(premium), null, previous));
    }

    private static void claim(InsurCrm crm, String number, Policy policy, String loss, ClaimStatus status, String paid,
            boolean litigation) {
        LocalDate lossDate = LocalDate.parse(loss);
        crm.claims().file(ACTOR, new NewClaim(number, policy.id(), lossDate, lossDate.plusDays(1),
                status.isClosed() ? lossDate.plusDays(5) : null, Money.cny("9000.00"),
                paid == null ? null : Money.cny(paid), status, litigation, null));
    }

    private static void contact(InsurCrm crm, CustomerId customer, InteractionChannel channel, InteractionType type,
            Instant at) {
        contact(crm, customer, channel, type, at, "staff-1");
    }

    private static void contact(InsurCrm crm, CustomerId customer, InteractionChannel channel, InteractionType type,
            Instant at, String staff) {
        crm.interactions().log(ACTOR, new NewInteraction(customer, channel, type, at, staff, null, null));
    }

    private static Instant at(int y, int m, int d, int hour) {
        return LocalDateTime.of(y, m, d, hour, 0).atZone(SHANGHAI).toInstant();
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

}
