package io.insurcrm.storage.analytics;

import static io.insurcrm.storage.Fixtures.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.analytics.AnalyticsService;
import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.SegmentQuery;
import io.insurcrm.analytics.model.Segmentation;
import io.insurcrm.analytics.model.Severity;
import io.insurcrm.analytics.model.ValueTier;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.blacklist.BlacklistEntry;
import io.insurcrm.core.blacklist.NewBlacklistEntry;
import io.insurcrm.core.blacklist.PersonKey;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.complaint.ComplaintCategory;
import io.insurcrm.core.complaint.NewComplaint;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import io.insurcrm.spi.CrmEvent;
import io.insurcrm.spi.EventType;
import io.insurcrm.storage.Fixtures;
import io.insurcrm.storage.testing.MutableClock;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A re-run of a date replaces its alerts and segments customer by customer: an alert that no longer fires
 * is gone, a new one is stored and announced, one that fires again is neither duplicated nor announced
 * twice; a segment change is announced again only if it is new or goes somewhere else.
 */
class AnalyticsRerunTest {
    private static final LocalDate D1 = LocalDate.of(2026, 1, 29);
    private static final LocalDate D2 = LocalDate.of(2026, 1, 30);

    @StoreTest
    void aRerunKeepsTheAlertsThatStillFireAndAnnouncesOnlyTheNewOnes(StoreKind kind) {
        List<String> raised = new CopyOnWriteArrayList<>();
        MutableClock clock = new MutableClock(Instant.parse("2026-01-28T02:00:00Z"));
        try (InsurCrm crm = open(kind, clock, EventType.ALERT_RAISED, CrmEvent::customerRef, raised)) {
            BranchId ns = Fixtures.branchTree(crm).id();
            CustomerId a = customer(crm, 1, ns);
            CustomerId b = customer(crm, 2, ns);
            CustomerId c = customer(crm, 3, ns);
            BlacklistEntry listedA = list(crm, 1);
            list(crm, 2);
            AnalyticsService analytics = crm.service(AnalyticsService.class);

            analytics.run(ACTOR, D1);
            crm.outbox().dispatchOnce();
            assertEquals(List.of(a.toString(), b.toString()).stream().sorted().toList(), raised.stream().sorted().toList());
            assertEquals(sorted(a, b), alerted(analytics));
            raised.clear();

            // a is no longer listed, c is: a's alert goes, b's stays (not announced again), c's is new
            crm.blacklist().revoke(ACTOR, listedA.id(), listedA.version());
            list(crm, 3);
            analytics.run(ACTOR, D1);
            crm.outbox().dispatchOnce();
            assertEquals(List.of(c.toString()), raised);
            assertEquals(sorted(b, c), alerted(analytics));
            assertEquals(java.util.Map.of("blacklist-match", 2L), analytics.alertCounts(ACTOR, D1));
            raised.clear();

            analytics.run(ACTOR, D1);
            crm.outbox().dispatchOnce();
            assertEquals(List.of(), raised, "the same alerts again: nothing announced");
            assertEquals(sorted(b, c), alerted(analytics));
        }
    }

    @StoreTest
    void aRerunAnnouncesOnlyTheSegmentChangesTheDateDidNotHave(StoreKind kind) {
        List<String> changed = new CopyOnWriteArrayList<>();
        MutableClock clock = new MutableClock(Instant.parse("2026-01-28T02:00:00Z"));
        try (InsurCrm crm = open(kind, clock, EventType.SEGMENT_CHANGED, e -> e.customerRef() + " "
                + e.attributes().get("fromTier") + "/" + e.attributes().get("fromLoyalty") + "->"
                + e.attributes().get("toTier") + "/" + e.attributes().get("toLoyalty") + " "
                + e.attributes().get("previousAsOf"), changed)) {
            BranchId ns = Fixtures.branchTree(crm).id();
            // w, x, y: one policy of 1 000 in force 2026-01-01..2026-12-31 each: tier C (< 5 000), LOYAL
            CustomerId w = customer(crm, 1, ns);
            CustomerId x = customer(crm, 2, ns);
            CustomerId y = customer(crm, 3, ns);
            for (CustomerId c : List.of(w, x, y)) {
                policy(crm, "RR-" + c, c, ns, "1000.00");
            }
            AnalyticsService analytics = crm.service(AnalyticsService.class);
            analytics.run(ACTOR, D1);

            // 2026-01-30 in Shanghai (after the end of D1): two complaints each turn w and x WARNING on D2;
            // z is a customer D1 did not have (never a change)
            clock.set(Instant.parse("2026-01-29T20:00:00Z"));
            complaints(crm, w, ns);
            complaints(crm, x, ns);
            CustomerId z = customer(crm, 4, ns);
            analytics.run(ACTOR, D2);
            crm.outbox().dispatchOnce();
            assertEquals(sortedLines(w + " C/LOYAL->C/WARNING 2026-01-29", x + " C/LOYAL->C/WARNING 2026-01-29"),
                    sortedLines(changed.toArray(String[]::new)));
            changed.clear();

            // before the re-run of D2: x takes 30 000 more (31 000 ≥ 20 000, in profit: tier A), y gets two
            // complaints, z too. Announced: x's change goes elsewhere, y's is new; w's is the same as before
            policy(crm, "RR-X2", x, ns, "30000.00");
            complaints(crm, y, ns);
            complaints(crm, z, ns);
            analytics.run(ACTOR, D2);
            crm.outbox().dispatchOnce();
            assertEquals(sortedLines(x + " C/LOYAL->A/WARNING 2026-01-29", y + " C/LOYAL->C/WARNING 2026-01-29"),
                    sortedLines(changed.toArray(String[]::new)));
            changed.clear();

            analytics.run(ACTOR, D2);
            crm.outbox().dispatchOnce();
            assertEquals(List.of(), changed, "the same segments again: nothing announced");
            // the re-run replaced the date's rows: one per customer, with what the last run found
            assertEquals(4, analytics.pyramid(ACTOR, D2).orElseThrow().customers());
            assertEquals(List.of(x), analytics.segments(ACTOR, new SegmentQuery(D2,
                    ValueTier.A, null, null, false, 100)).stream()
                    .map(Segmentation::customerId).toList());
        }
    }

    /** A store whose events of {@code type} are added to {@code into} as {@code line} writes them. */
    private static InsurCrm open(StoreKind kind, MutableClock clock, EventType type, Function<CrmEvent, String> line,
            List<String> into) {
        return TestStores.builder(kind).clock(clock).eventListener("feed", e -> {
            if (e.type() == type) {
                into.add(line.apply(e));
            }
        }).build();
    }

    private static List<String> sortedLines(String... lines) {
        return java.util.Arrays.stream(lines).sorted().toList();
    }

    private static void policy(InsurCrm crm, String number, CustomerId customer, BranchId branch, String premium) {
        crm.policies().issue(ACTOR, new NewPolicy(number, customer, ProductLine.PROPERTY, null, SalesChannel.AGENT,
                branch, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Money.cny(premium), null, null));
    }

    private static void complaints(InsurCrm crm, CustomerId customer, BranchId branch) {
        for (int i = 0; i < 2; i++) {
            crm.complaints().receive(ACTOR, new NewComplaint(customer, null, ComplaintCategory.SERVICE_ATTITUDE,
                    null, null, branch));
        }
    }

    private static List<CustomerId> alerted(AnalyticsService analytics) {
        return sorted(analytics.alerts(ACTOR, D1, Severity.LOW, 100).stream().map(Alert::customerId)
                .toArray(CustomerId[]::new));
    }

    private static List<CustomerId> sorted(CustomerId... ids) {
        return java.util.Arrays.stream(ids).sorted(java.util.Comparator.comparing(CustomerId::value)).toList();
    }

    /** Lists customer {@code n}'s national ID (as {@link #customer} gives it) on the blacklist. */
    static BlacklistEntry list(InsurCrm crm, int n) {
        return crm.blacklist().add(ACTOR, new NewBlacklistEntry(new PersonKey(Fixtures.anyNationalId(n), null, null,
                null), "FRAUD", null, null, null, null));
    }

    /** Customer {@code n}: an individual with national ID and mobile number {@code n} of the fixtures. */
    static CustomerId customer(InsurCrm crm, int n, BranchId branch) {
        return crm.customers().create(ACTOR, CustomerProfile.individual("客户" + n)
                .nationalId(Fixtures.anyNationalId(n)).mobile(Fixtures.mobile(n)).build(), branch).id();
    }
}
