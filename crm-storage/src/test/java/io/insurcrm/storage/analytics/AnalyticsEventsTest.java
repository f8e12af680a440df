package io.insurcrm.storage.analytics;

import io.insurcrm.storage.testing.MutableClock;
import static io.insurcrm.storage.Fixtures.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.analytics.AnalyticsService;
import io.insurcrm.core.InsurCrm;
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
import io.insurcrm.spi.EventListener;
import io.insurcrm.spi.EventType;
import io.insurcrm.storage.Fixtures;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * SEGMENT_CHANGED and ALERT_RAISED from analytics runs, through the event outbox to an in-process
 * listener: a first run, a re-run of the same date, a change, a run of the next date and its re-run.
 */
class AnalyticsEventsTest {
    private static final LocalDate D1 = LocalDate.of(2026, 1, 29);
    private static final LocalDate D2 = LocalDate.of(2026, 1, 30);

    @StoreTest
    void runsRecordSegmentChangesAndNewAlertsOnce(StoreKind kind) {
        List<CrmEvent> seen = new CopyOnWriteArrayList<>();
        EventListener listener = e -> {
            if (e.type() == EventType.SEGMENT_CHANGED || e.type() == EventType.ALERT_RAISED) {
                seen.add(e);
            }
        };
        MutableClock clock = new MutableClock(Instant.parse("2026-01-28T02:00:00Z"));
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).eventListener("feed", listener).build()) {
            BranchId ns = Fixtures.branchTree(crm).id();
            CustomerId listed = customer(crm, 1, ns);
            CustomerId complainer = customer(crm, 2, ns);
            // in force 2026-01-01..2026-12-31, 1 000: tier C, LOYAL (nothing ended, no complaint), nothing due
            crm.policies().issue(ACTOR, new NewPolicy("EV-1", complainer, ProductLine.PROPERTY, null,
                    SalesChannel.AGENT, ns, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                    Money.cny("1000.00"), null, null));
            crm.blacklist().add(ACTOR, new NewBlacklistEntry(new PersonKey(Fixtures.anyNationalId(1), null, null,
                    null), "FRAUD", null, null, null, null));
            AnalyticsService analytics = crm.service(AnalyticsService.class);

            // D1, first run: the blacklist alert is new; no earlier snapshot, so no segment change
            analytics.run(ACTOR, D1);
            crm.outbox().dispatchOnce();
            assertEquals(List.of("ALERT_RAISED " + listed + " rule=blacklist-match severity=HIGH asOf=2026-01-29"),
                    describe(seen));
            seen.clear();
            // the same date again: the same alert, nothing new
            analytics.run(ACTOR, D1);
            crm.outbox().dispatchOnce();
            assertEquals(List.of(), describe(seen));

            // two complaints on 2026-01-30 (after the end of D1 in Shanghai, deadlines after the end of D2):
            // the complainer turns WARNING on D2
            clock.set(Instant.parse("2026-01-29T20:00:00Z"));
            for (int i = 0; i < 2; i++) {
                crm.complaints().receive(ACTOR, new NewComplaint(complainer, null,
                        ComplaintCategory.SERVICE_ATTITUDE, null, null, ns));
            }
            analytics.run(ACTOR, D2);
            crm.outbox().dispatchOnce();
            assertEquals(List.of(
                    "ALERT_RAISED " + listed + " rule=blacklist-match severity=HIGH asOf=2026-01-30",
                    "SEGMENT_CHANGED " + complainer + " fromTier=C toTier=C fromLoyalty=LOYAL toLoyalty=WARNING"
                            + " asOf=2026-01-30 previousAsOf=2026-01-29"),
                    describe(seen));
            seen.clear();
            analytics.run(ACTOR, D2);
            crm.outbox().dispatchOnce();
            assertEquals(List.of(), describe(seen), "a re-run announces nothing twice");
        }
    }

    private static CustomerId customer(InsurCrm crm, int n, BranchId branch) {
        return crm.customers().create(ACTOR, CustomerProfile.individual("客户" + n)
                .nationalId(Fixtures.anyNationalId(n)).mobile(Fixtures.mobile(n)).build(), branch).id();
    }

    /** Type, customer and the attributes in a fixed order, sorted. */
    private static List<String> describe(List<CrmEvent> events) {
        List<String> out = new ArrayList<>();
        for (CrmEvent e : events) {
            StringBuilder s = new StringBuilder(e.type() + " " + e.customerRef());
            for (String k : List.of("rule", "severity", "fromTier", "toTier", "fromLoyalty", "toLoyalty", "asOf",
                    "previousAsOf")) {
                if (e.attributes().containsKey(k)) {
                    s.append(' ').append(k).append('=').append(e.attributes().get(k));
                }
            }
            out.add(s.toString());
        }
        out.sort(null);
        return out;
    }
}
