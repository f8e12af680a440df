package io.insurcrm.storage.analytics;

import static io.insurcrm.storage.Fixtures.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.analytics.AnalyticsService;
import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.Severity;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.blacklist.BlacklistEntry;
import io.insurcrm.core.blacklist.NewBlacklistEntry;
import io.insurcrm.core.blacklist.PersonKey;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.spi.EventListener;
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

/**
 * A re-run of a date replaces its alerts customer by customer: an alert that no longer fires is gone, a
 * new one is stored and announced, one that fires again is neither duplicated nor announced twice.
 */
class AnalyticsRerunTest {
    private static final LocalDate D1 = LocalDate.of(2026, 1, 29);

    @StoreTest
    void aRerunKeepsTheAlertsThatStillFireAndAnnouncesOnlyTheNewOnes(StoreKind kind) {
        List<String> raised = new CopyOnWriteArrayList<>();
        EventListener listener = e -> {
            if (e.type() == EventType.ALERT_RAISED) {
                raised.add(e.customerRef());
            }
        };
        MutableClock clock = new MutableClock(Instant.parse("2026-01-28T02:00:00Z"));
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).eventListener("feed", listener).build()) {
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

    private static List<CustomerId> alerted(AnalyticsService analytics) {
        return sorted(analytics.alerts(ACTOR, D1, Severity.LOW, 100).stream().map(Alert::customerId)
                .toArray(CustomerId[]::new));
    }

    private static List<CustomerId> sorted(CustomerId... ids) {
        return java.util.Arrays.stream(ids).sorted(java.util.Comparator.comparing(CustomerId::value)).toList();
    }

    private static BlacklistEntry list(InsurCrm crm, int n) {
        return crm.blacklist().add(ACTOR, new NewBlacklistEntry(new PersonKey(Fixtures.anyNationalId(n), null, null,
                null), "FRAUD", null, null, null, null));
    }

    private static CustomerId customer(InsurCrm crm, int n, BranchId branch) {
        return crm.customers().create(ACTOR, CustomerProfile.individual("客户" + n)
                .nationalId(Fixtures.anyNationalId(n)).mobile(Fixtures.mobile(n)).build(), branch).id();
    }
}
