package io.insurcrm.storage.analytics;

import io.insurcrm.storage.testing.MutableClock;
import static io.insurcrm.storage.Fixtures.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.analytics.AnalyticsService;
import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.CubeQuery;
import io.insurcrm.analytics.model.CustomerFacts;
import io.insurcrm.analytics.model.Dimension;
import io.insurcrm.analytics.model.LoyaltyStatus;
import io.insurcrm.analytics.model.SegmentQuery;
import io.insurcrm.analytics.model.Segmentation;
import io.insurcrm.analytics.model.Severity;
import io.insurcrm.analytics.model.TierMigration;
import io.insurcrm.analytics.model.ValueTier;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.AccessDeniedException;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.Role;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.staff.AccountManager;
import io.insurcrm.core.staff.Grade;
import io.insurcrm.storage.analytics.AnalyticsHandFixtureTest.Book;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The analytics drill-downs obey the actor's row scope and actions, on the hand-computed book of
 * {@link AnalyticsHandFixtureTest}: branches HO > GD > SZ > NS; Alice (NS, tier A, LOYAL, premium12
 * 47 450), Bob (SZ, tier B, WARNING, 5 475, the only customer with alerts: 3, MEDIUM, and the only
 * mover C → B from a year earlier), Carol (NS, tier C, 0) and Dan (SZ, tier C, 0). Account manager
 * am-1 has Alice and Bob, am-2 has Carol; Dan has nobody.
 */
class AnalyticsAccessTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

    @StoreTest
    void drillDownsShowOnlyTheActorsCustomers(StoreKind kind) {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-31T04:00:00Z"));
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).build()) {
            Book b = AnalyticsHandFixtureTest.book(crm, clock);
            AccountManager am1 = crm.accountManagers().register(ACTOR, "am-1", "经理", b.sz(), Grade.JUNIOR, 2026);
            AccountManager am2 = crm.accountManagers().register(ACTOR, "am-2", "经理", b.ns(), Grade.JUNIOR, 2026);
            crm.accountManagers().assign(ACTOR, b.alice(), am1.id(), 0);
            crm.accountManagers().assign(ACTOR, b.bob(), am1.id(), 0);
            crm.accountManagers().assign(ACTOR, b.carol(), am2.id(), 0);
            AnalyticsService analytics = crm.service(AnalyticsService.class);
            Actor executive = new Actor("ceo", Role.EXECUTIVE, null, 0);
            analytics.run(executive, AS_OF.minusYears(1));     // an executive may run the analytics
            analytics.run(ACTOR, AS_OF);

            Actor manager1 = new Actor("am-1", Role.ACCOUNT_MANAGER, b.sz(), 0);
            Actor manager2 = new Actor("am-2", Role.ACCOUNT_MANAGER, b.ns(), 0);
            Actor nsBoss = new Actor("bm-ns", Role.BRANCH_MANAGER, b.ns(), 5);
            Actor szBoss = new Actor("bm-sz", Role.BRANCH_MANAGER, b.sz(), 5);
            Actor hotline = new Actor("hl-ns", Role.HOTLINE_COLLECTOR, b.ns(), 0);
            Actor custom = new Actor("aud", new Role("claims_auditor"), null, 9);
            SegmentQuery all = new SegmentQuery(AS_OF, null, null, null, false, 100);

            // segments, ordered by premium12 descending: the SQL applies the scope before the limit
            assertEquals(List.of(b.alice(), b.bob()), ids(analytics.segments(manager1, all)));
            assertEquals(List.of(b.carol()), ids(analytics.segments(manager2, all)));
            assertEquals(List.of(b.carol()), ids(analytics.segments(manager2,
                    new SegmentQuery(AS_OF, null, null, null, false, 1))));   // Carol is 3rd in the book
            assertEquals(Set.of(b.alice(), b.carol()), Set.copyOf(ids(analytics.segments(nsBoss, all))));
            assertEquals(4, analytics.segments(szBoss, all).size());
            assertEquals(Set.of(b.alice(), b.carol()), Set.copyOf(ids(analytics.segments(hotline, all))));
            assertEquals(List.of(), analytics.segments(executive, all));      // identity-blind: nobody
            // "tier B and WARNING in GD and its sub-branches" is Bob: outside NS, inside SZ and am-1's book
            SegmentQuery bWarning = new SegmentQuery(AS_OF, ValueTier.B, LoyaltyStatus.WARNING, b.gd(), true, 10);
            assertEquals(List.of(), analytics.segments(nsBoss, bWarning));
            assertEquals(List.of(b.bob()), ids(analytics.segments(szBoss, bWarning)));
            assertEquals(List.of(b.bob()), ids(analytics.segments(manager1, bWarning)));
            assertEquals(List.of(), analytics.segments(manager2, bWarning));

            // alerts: Bob's three
            assertEquals(3, analytics.alerts(manager1, AS_OF, Severity.LOW, 10).size());
            assertEquals(2, analytics.alerts(manager1, AS_OF, Severity.LOW, 2).size());
            assertTrue(analytics.alerts(manager1, AS_OF, Severity.LOW, 10).stream()
                    .map(Alert::customerId).allMatch(b.bob()::equals));
            assertEquals(List.of(), analytics.alerts(manager2, AS_OF, Severity.LOW, 10));
            assertEquals(List.of(), analytics.alerts(nsBoss, AS_OF, Severity.LOW, 10));
            assertEquals(3, analytics.alerts(szBoss, AS_OF, Severity.LOW, 10).size());
            assertEquals(List.of(), analytics.alerts(hotline, AS_OF, Severity.LOW, 10));
            assertEquals(List.of(), analytics.alerts(executive, AS_OF, Severity.LOW, 10));

            // tier migration: the matrix is a book-wide aggregate (1 up, 3 same); the movers are scoped
            TierMigration m1 = analytics.migration(manager1, AS_OF.minusYears(1), AS_OF, 10);
            assertEquals(List.of(b.bob()), m1.movers().stream().map(TierMigration.Move::customerId).toList());
            assertEquals(1, m1.up());
            assertEquals(3, m1.same());
            assertEquals(List.of(), analytics.migration(nsBoss, AS_OF.minusYears(1), AS_OF, 10).movers());
            assertEquals(List.of(), analytics.migration(executive, AS_OF.minusYears(1), AS_OF, 10).movers());
            assertEquals(1, analytics.migration(szBoss, AS_OF.minusYears(1), AS_OF, 10).movers().size());

            // facts streamed per customer: only the actor's
            assertEquals(Set.of(b.alice(), b.bob()), facts(analytics, manager1));
            assertEquals(Set.of(b.alice(), b.carol()), facts(analytics, nsBoss));
            assertEquals(Set.of(), facts(analytics, executive));
            assertEquals(4, facts(analytics, ACTOR).size());

            // aggregates (name no customer): executives and branch managers; account managers, hotline
            // collectors and unknown roles get AccessDeniedException, and may not run the analytics
            assertEquals(4, analytics.pyramid(executive, AS_OF).orElseThrow().customers());
            assertEquals(4, analytics.pyramid(nsBoss, AS_OF).orElseThrow().customers()); // book-wide
            analytics.alertCounts(executive, AS_OF);
            analytics.cube(executive, new CubeQuery(AS_OF, AS_OF.minusYears(1), AS_OF, List.of(Dimension.BRANCH)));
            analytics.accountManagerKpis(executive, YearMonth.of(2026, 1));
            for (Actor denied : List.of(manager1, hotline, custom)) {
                assertThrows(AccessDeniedException.class, () -> analytics.run(denied, AS_OF));
                assertThrows(AccessDeniedException.class, () -> analytics.pyramid(denied, AS_OF));
                assertThrows(AccessDeniedException.class, () -> analytics.alertCounts(denied, AS_OF));
                assertThrows(AccessDeniedException.class, () -> analytics.snapshotDates(denied));
                assertThrows(AccessDeniedException.class,
                        () -> analytics.customerReport(denied, YearMonth.of(2026, 1)));
            }
            // a role the insurer added and gave no rights sees nothing
            assertThrows(AccessDeniedException.class, () -> analytics.segments(custom, all));
            assertThrows(AccessDeniedException.class, () -> analytics.alerts(custom, AS_OF, Severity.LOW, 10));
            assertThrows(AccessDeniedException.class, () -> analytics.migration(custom, AS_OF, AS_OF, 10));
            assertThrows(AccessDeniedException.class, () -> facts(analytics, custom));
        }
    }

    private static Set<CustomerId> facts(AnalyticsService analytics, Actor actor) {
        List<CustomerFacts> out = new ArrayList<>();
        analytics.facts(actor, AS_OF, out::add);
        return out.stream().map(CustomerFacts::customerId).collect(Collectors.toSet());
    }

    private static List<CustomerId> ids(List<Segmentation> rows) {
        return rows.stream().map(Segmentation::customerId).toList();
    }
}
