package io.insurcrm.storage.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.insurcrm.analytics.AnalyticsService;
import io.insurcrm.analytics.model.SegmentQuery;
import io.insurcrm.analytics.model.Severity;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.AccessDeniedException;
import io.insurcrm.core.access.AccessPolicy;
import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.DefaultAccessPolicy;
import io.insurcrm.core.access.PersonalField;
import io.insurcrm.core.access.Role;
import io.insurcrm.core.access.Visibility;
import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.claim.NewClaim;
import io.insurcrm.core.common.CrmException;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.common.NotFoundException;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.complaint.Complaint;
import io.insurcrm.core.complaint.ComplaintCategory;
import io.insurcrm.core.complaint.NewComplaint;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.customer.Household;
import io.insurcrm.core.customer.Relationship;
import io.insurcrm.core.followup.MyDay;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.interaction.NewInteraction;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import io.insurcrm.core.renewal.RenewalItem;
import io.insurcrm.core.renewal.RenewalQuery;
import io.insurcrm.core.staff.AccountManager;
import io.insurcrm.core.staff.Grade;
import io.insurcrm.core.view.Customer360;
import io.insurcrm.core.view.CustomerCard;
import io.insurcrm.core.view.CustomerLookup;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.TestStores;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The acceptance property of graded access: over generated branch trees, customers (branch, account
 * manager, household) and actors (role, branch, clearance), no actor ever receives a customer outside
 * his scope, or a personal field in clear that his grade masks, through any service method that
 * reads or writes customer data (enumerated in {@link #checkActorOnCustomer}).
 *
 * <p>The row scope expected is worked out here independently of the library (the subtree by walking
 * the generated tree, own customers from the generated assignments), from the documented defaults;
 * which fields a grade masks is the {@link DefaultAccessPolicy}'s decision, which a separate unit
 * test pins to the documented table. One store per database for the whole run; each try builds a
 * fresh province subtree with fresh identifiers, so tries do not interfere.
 */
class AccessPropertyTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final Actor SETUP = Actor.system("setup");
    static final AccessPolicy GRADES = new DefaultAccessPolicy();
    static final List<Role> ROLES = List.of(Role.ACCOUNT_MANAGER, Role.SERVICE_OPERATOR, Role.HOTLINE_COLLECTOR,
            Role.BRANCH_MANAGER, Role.ADMINISTRATOR, Role.EXECUTIVE, Role.SYSTEM, new Role("claims_auditor"));
    static final Map<StoreKind, InsurCrm> STORES = new EnumMap<>(StoreKind.class);
    static final AtomicInteger SEQ = new AtomicInteger();

    record CustomerSpec(int branch, int manager, boolean household) {
    }

    record ActorSpec(int role, int branch, int clearance, int manager) {
    }

    record Scenario(List<Integer> countiesPerCity, List<CustomerSpec> customers, List<ActorSpec> actors) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<Integer>> cities = Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<CustomerSpec> customer = Combinators.combine(Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(-1, 1), Arbitraries.of(true, false)).as(CustomerSpec::new);
        Arbitrary<ActorSpec> actor = Combinators.combine(Arbitraries.integers().between(0, ROLES.size() - 1),
                Arbitraries.integers().between(-1, 30), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 1)).as(ActorSpec::new);
        return Combinators.combine(cities, customer.list().ofMinSize(2).ofMaxSize(4),
                actor.list().ofMinSize(3).ofMaxSize(6)).as(Scenario::new);
    }

    @Property(tries = 30)
    void noActorSeesOutOfScopeCustomersOrMaskedFieldsOnH2(@ForAll("scenarios") Scenario s) {
        check(StoreKind.H2, s);
        requireBothOutcomes();
    }

    @Property(tries = 30)
    void noActorSeesOutOfScopeCustomersOrMaskedFieldsOnPostgres(@ForAll("scenarios") Scenario s) {
        check(StoreKind.POSTGRES, s);
        requireBothOutcomes();
    }

    /** Not vacuous: a good share of the (actor, customer) pairs is in scope, and a good share is not. */
    static void requireBothOutcomes() {
        Statistics.label("customer in the actor's scope").coverage(c -> {
            c.check(true).percentage(p -> p > 15);
            c.check(false).percentage(p -> p > 15);
        });
    }

    @AfterContainer
    static void closeStores() {
        STORES.values().forEach(InsurCrm::close);
        STORES.clear();
    }

    static synchronized InsurCrm store(StoreKind kind) {
        return STORES.computeIfAbsent(kind, k -> {
            InsurCrm crm = TestStores.builder(k).clock(CLOCK).build();
            crm.branches().create(SETUP, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
            return crm;
        });
    }

    /** One generated world, built through the services as the system actor. */
    static final class World {
        final List<Branch> branches = new ArrayList<>();
        final Map<BranchId, BranchId> parent = new java.util.HashMap<>();
        final List<AccountManager> managers = new ArrayList<>();
        final List<Customer> customers = new ArrayList<>();
        final List<CustomerSpec> specs = new ArrayList<>();
        final List<Policy> policies = new ArrayList<>();
        final List<Claim> claims = new ArrayList<>();
        final List<Complaint> complaints = new ArrayList<>();
        final List<Actor> actors = new ArrayList<>();
        final List<ActorSpec> actorSpecs = new ArrayList<>();

        /** The subtree of {@code root}, by walking the generated parent links (not the library's tree). */
        Set<BranchId> subtree(BranchId root) {
            Set<BranchId> out = new HashSet<>();
            for (Branch b : branches) {
                for (BranchId at = b.id(); at != null; at = parent.get(at)) {
                    if (at.equals(root)) {
                        out.add(b.id());
                        break;
                    }
                }
            }
            return out;
        }

        /** The documented default row scope, worked out by hand. */
        boolean expectVisible(int actor, int customer) {
            Actor a = actors.get(actor);
            ActorSpec as = actorSpecs.get(actor);
            Customer c = customers.get(customer);
            Role r = a.role();
            if (r.equals(Role.SYSTEM) || r.equals(Role.ADMINISTRATOR)) {
                return true;
            }
            if (r.equals(Role.ACCOUNT_MANAGER)) {
                return specs.get(customer).manager() == as.manager();
            }
            boolean branchScoped = r.equals(Role.BRANCH_MANAGER) || r.equals(Role.SERVICE_OPERATOR)
                    || r.equals(Role.HOTLINE_COLLECTOR) || (r.equals(Role.EXECUTIVE) && a.clearance() >= 7);
            if (!branchScoped) {
                return false;
            }
            return a.branchId() == null || subtree(a.branchId()).contains(c.branchId());
        }
    }

    static World build(InsurCrm crm, Scenario s) {
        int n = SEQ.incrementAndGet();
        World w = new World();
        Branch province = crm.branches().create(SETUP, "P" + n, "省" + n, BranchLevel.PROVINCE, "HO", "R");
        w.branches.add(province);
        for (int i = 0; i < s.countiesPerCity().size(); i++) {
            Branch city = crm.branches().create(SETUP, "C" + n + "-" + i, "市", BranchLevel.CITY, province.code(), "R");
            w.branches.add(city);
            w.parent.put(city.id(), province.id());
            for (int j = 0; j < s.countiesPerCity().get(i); j++) {
                Branch county = crm.branches().create(SETUP, "K" + n + "-" + i + "-" + j, "县", BranchLevel.COUNTY,
                        city.code(), "R");
                w.branches.add(county);
                w.parent.put(county.id(), city.id());
            }
        }
        for (int m = 0; m < 2; m++) {
            w.managers.add(crm.accountManagers().register(SETUP, "am" + n + "-" + m, "经理", province.id(), Grade.JUNIOR,
                    2026));
        }
        for (int i = 0; i < s.customers().size(); i++) {
            CustomerSpec spec = s.customers().get(i);
            int person = n * 10 + i;
            Branch branch = w.branches.get(spec.branch() % w.branches.size());
            Customer c = crm.customers().create(SETUP, People.profile(person), branch.id());
            Policy p = crm.policies().issue(SETUP, new NewPolicy("AP-" + person, c.id(), ProductLine.AUTO, "A01",
                    SalesChannel.AGENT, branch.id(), null, LocalDate.of(2025, 7, 15), LocalDate.of(2026, 7, 14),
                    Money.cny("1000.00"), null, null));
            crm.policies().recordPayment(SETUP, p.id(), LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 15),
                    Money.cny("1000.00"));
            w.claims.add(crm.claims().file(SETUP, new NewClaim("CL-" + person, p.id(), LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 2), null, Money.cny("300.00"), null, ClaimStatus.REPORTED, false, "glass")));
            crm.interactions().log(SETUP, new NewInteraction(c.id(), InteractionChannel.CALL_CENTRE,
                    InteractionType.CARE_CALL, Instant.parse("2026-06-01T01:00:00Z"), "agent", "called", null));
            w.complaints.add(crm.complaints().receive(SETUP, new NewComplaint(c.id(), p.id(),
                    ComplaintCategory.SERVICE_ATTITUDE, null, "slow", branch.id())));
            if (spec.household()) {
                crm.customers().joinHousehold(SETUP, "H" + n, c.id(), w.specs.stream().anyMatch(CustomerSpec::household)
                        ? Relationship.CHILD : Relationship.HEAD);
            }
            if (spec.manager() >= 0) {
                AccountManager m = w.managers.get(spec.manager());
                crm.accountManagers().assign(SETUP, c.id(), m.id(), 0);
                crm.followUps().createTask(SETUP, c.id(), m.id(), TODAY, "回访");
            }
            w.customers.add(c);
            w.specs.add(spec);
            w.policies.add(p);
        }
        for (ActorSpec as : s.actors()) {
            Role role = ROLES.get(as.role());
            BranchId branch = as.branch() < 0 ? null : w.branches.get(as.branch() % w.branches.size()).id();
            String user = role.equals(Role.ACCOUNT_MANAGER) ? w.managers.get(as.manager()).staffId() : "u" + n;
            w.actors.add(new Actor(user, role, branch, as.clearance(), "property-test"));
            w.actorSpecs.add(as);
        }
        return w;
    }

    static void check(StoreKind kind, Scenario s) {
        InsurCrm crm = store(kind);
        World w = build(crm, s);
        crm.service(AnalyticsService.class).run(SETUP, TODAY);
        for (int a = 0; a < w.actors.size(); a++) {
            for (int c = 0; c < w.customers.size(); c++) {
                Statistics.label("customer in the actor's scope").collect(w.expectVisible(a, c));
                checkActorOnCustomer(crm, w, a, c);
            }
            checkLists(crm, w, a);
        }
    }

    /** Every per-customer service method, read and write. */
    static void checkActorOnCustomer(InsurCrm crm, World w, int ai, int ci) {
        Actor a = w.actors.get(ai);
        Customer raw = w.customers.get(ci);
        Policy policy = w.policies.get(ci);
        boolean visible = w.expectVisible(ai, ci);
        String who = a.role() + "@" + a.branchId() + "/" + a.clearance() + " on customer #" + ci;

        // customers(): card, get, household
        Optional<CustomerCard> card = read(() -> crm.customers().card(a, raw.id()));
        assertEquals(visible, card.isPresent(), "card: " + who);
        card.ifPresent(cc -> checkCard(a, raw, cc, who));
        try {
            Optional<Customer> got = crm.customers().get(a, raw.id());
            assertEquals(visible, got.isPresent(), "get: " + who);
            got.ifPresent(g -> assertTrue(allClear(a), "get in clear for a masked grade: " + who));
        } catch (AccessDeniedException e) {
            assertTrue(!visible || !allClear(a), "get denied although allowed: " + who);
        }
        read(() -> crm.customers().household(a, raw.id()))
                .ifPresent(h -> { assertTrue(visible, "household: " + who); checkHousehold(w, ai, h, who); });

        // the 360° view by every identifier kind
        for (String identifier : List.of(People.nationalId(numberOf(raw)), People.mobile(numberOf(raw)),
                policy.policyNumber(), raw.id().toString())) {
            Optional<Customer360> view = read(() -> crm.views().find(a, identifier));
            assertEquals(visible, view.isPresent(), "360 by " + identifier.length() + "-char identifier: " + who);
            view.ifPresent(v -> {
                checkCard(a, raw, v.customer(), who);
                v.household().ifPresent(h -> checkHousehold(w, ai, h, who));
            });
        }
        assertEquals(visible, read(() -> crm.views().find(a, new CustomerLookup.ById(raw.id()))).isPresent(), who);

        // policies, payments, claims, interactions, complaints, assignment, entitlements
        assertEquals(visible, !readList(() -> crm.policies().ofCustomer(a, raw.id())).isEmpty(), "policies: " + who);
        assertEquals(visible, read(() -> crm.policies().get(a, policy.id())).isPresent(), "policy: " + who);
        assertEquals(visible, read(() -> crm.policies().findByNumber(a, policy.policyNumber())).isPresent(), who);
        assertEquals(visible, !readList(() -> crm.policies().payments(a, policy.id())).isEmpty(), "payments: " + who);
        assertEquals(visible, !readList(() -> crm.claims().ofCustomer(a, raw.id())).isEmpty(), "claims: " + who);
        assertEquals(visible, read(() -> crm.claims().get(a, w.claims.get(ci).id())).isPresent(), "claim: " + who);
        assertEquals(visible, !readList(() -> crm.interactions().recent(a, raw.id(), 5)).isEmpty(), who);
        assertEquals(visible, read(() -> crm.complaints().get(a, w.complaints.get(ci).id())).isPresent(), who);
        assertEquals(visible, !readList(() -> crm.complaints().history(a, w.complaints.get(ci).id())).isEmpty(), who);
        boolean assigned = w.specs.get(ci).manager() >= 0;
        assertEquals(visible && assigned, read(() -> crm.accountManagers().responsibleFor(a, raw.id())).isPresent(),
                "responsible manager: " + who);
        assertEquals(visible && assigned,
                !readList(() -> crm.accountManagers().assignmentHistory(a, raw.id())).isEmpty(), who);
        assertFalse(!visible && read(() -> crm.entitlements().segment(a, raw.id())).isPresent(), who);

        // writes: outside the scope they fail exactly as for an unknown customer
        Customer current = crm.customers().get(SETUP, raw.id()).orElseThrow();
        write(visible, GRADES.allows(a, Action.UPDATE), NotFoundException.class, who + " update",
                () -> crm.customers().update(a, raw.id(), current.version(), current.profile()));
        write(visible, GRADES.allows(a, Action.LOG_INTERACTION), ValidationException.class, who + " log",
                () -> crm.interactions().log(a, new NewInteraction(raw.id(), InteractionChannel.CALL_CENTRE,
                        InteractionType.CARE_CALL, Instant.parse("2026-06-02T01:00:00Z"), "x", null, null)));
        write(visible, GRADES.allows(a, Action.UPDATE), ValidationException.class, who + " claim",
                () -> crm.claims().file(a, new NewClaim("CLX-" + SEQ.incrementAndGet(), policy.id(),
                        LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), null, Money.cny("1.00"), null,
                        ClaimStatus.REPORTED, false, null)));
    }

    /** Lists and counts over many customers. */
    static void checkLists(InsurCrm crm, World w, int ai) {
        Actor a = w.actors.get(ai);
        Set<Object> visiblePolicies = new HashSet<>();
        for (int ci = 0; ci < w.customers.size(); ci++) {
            if (w.expectVisible(ai, ci)) {
                visiblePolicies.add(w.policies.get(ci).id());
            }
        }
        Set<Object> mine = new HashSet<>(w.policies.stream().map(Policy::id).toList());
        List<RenewalItem> pipeline = readList(() -> crm.renewals().pipeline(a,
                RenewalQuery.between(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31))));
        Set<Object> seen = new HashSet<>();
        pipeline.stream().map(RenewalItem::policyId).filter(mine::contains).forEach(seen::add);
        assertEquals(visiblePolicies, seen, "renewal pipeline of " + a.role());
        for (int m = 0; m < w.managers.size(); m++) {
            AccountManager manager = w.managers.get(m);
            long expected = 0;
            for (int ci = 0; ci < w.customers.size(); ci++) {
                if (w.specs.get(ci).manager() == m && w.expectVisible(ai, ci)) {
                    expected++;
                }
            }
            long e = expected;
            try {
                assertEquals(e, crm.accountManagers().bookSize(a, manager.id()), "book size for " + a.role());
                MyDay day = crm.followUps().myDay(a, manager.id(), TODAY);
                assertEquals(e, day.tasksDue().size(), "my day for " + a.role());
            } catch (AccessDeniedException denied) {
                assertFalse(GRADES.allows(a, Action.READ));
            }
        }
        checkAnalytics(crm, w, ai);
    }

    /** The analytics drill-downs (segments, alerts) of this try's customers are exactly those in scope. */
    static void checkAnalytics(InsurCrm crm, World w, int ai) {
        Actor a = w.actors.get(ai);
        AnalyticsService analytics = crm.service(AnalyticsService.class);
        Set<CustomerId> mine = new HashSet<>();
        Set<CustomerId> inScope = new HashSet<>();
        for (int ci = 0; ci < w.customers.size(); ci++) {
            mine.add(w.customers.get(ci).id());
            if (w.expectVisible(ai, ci)) {
                inScope.add(w.customers.get(ci).id());
            }
        }
        SegmentQuery all = new SegmentQuery(TODAY, null, null, null, false, 100_000);
        Set<CustomerId> alerted = new HashSet<>();
        analytics.alerts(SETUP, TODAY, Severity.LOW, 100_000).forEach(x -> alerted.add(x.customerId()));
        alerted.retainAll(inScope);
        try {
            Set<CustomerId> segments = new HashSet<>();
            analytics.segments(a, all).forEach(x -> segments.add(x.customerId()));
            segments.retainAll(mine);
            assertEquals(inScope, segments, "analytics segments of " + a.role());
            Set<CustomerId> alerts = new HashSet<>();
            analytics.alerts(a, TODAY, Severity.LOW, 100_000).forEach(x -> alerts.add(x.customerId()));
            alerts.retainAll(mine);
            assertEquals(alerted, alerts, "analytics alerts of " + a.role());
        } catch (AccessDeniedException denied) {
            assertFalse(GRADES.allows(a, Action.READ));
        }
    }

    static void checkCard(Actor a, Customer raw, CustomerCard card, String who) {
        assertEquals(raw.id(), card.id(), who);
        var p = raw.profile();
        field(a, PersonalField.NAME, p.name(), card.name(), who);
        field(a, PersonalField.NATIONAL_ID, p.nationalId().value(), card.nationalId(), who);
        field(a, PersonalField.MOBILE, p.mobile().value(), card.mobile(), who);
        field(a, PersonalField.EMAIL, p.email().value(), card.email(), who);
        field(a, PersonalField.EMPLOYER, p.employer(), card.employer(), who);
        field(a, PersonalField.NATIVE_PLACE, p.nativePlace(), card.nativePlace(), who);
        field(a, PersonalField.WORK_PHONE, p.workPhone(), card.workPhone(), who);
        field(a, PersonalField.LIFE_SITUATION, p.lifeSituation(), card.lifeSituation(), who);
        field(a, PersonalField.DATE_OF_BIRTH, p.dateOfBirth().toString(), card.dateOfBirth(), who);
        field(a, PersonalField.HOME_ADDRESS, p.homeAddress().line(),
                card.homeAddress() == null ? null : card.homeAddress().line(), who);
        if (visibility(a, PersonalField.NATIONAL_ID) == Visibility.MASKED) {
            String id = p.nationalId().value();
            assertEquals(id.substring(0, 6) + "********" + id.substring(14), card.nationalId(), who);
        }
        if (visibility(a, PersonalField.MOBILE) == Visibility.MASKED) {
            String m = p.mobile().value();
            assertEquals(m.substring(0, 3) + "****" + m.substring(7), card.mobile(), who);
        }
        if (visibility(a, PersonalField.HOME_ADDRESS) == Visibility.MASKED) {
            assertEquals(p.homeAddress().cityOnly(), card.homeAddress(), who);
        }
    }

    /** Clear exactly when the grade says so; otherwise the stored value appears nowhere in what is shown. */
    static void field(Actor a, PersonalField f, String stored, String shown, String who) {
        Visibility v = visibility(a, f);
        if (v == Visibility.CLEAR) {
            assertEquals(stored, shown, f + " in clear: " + who);
        } else if (v == Visibility.HIDDEN) {
            assertEquals(null, shown, f + " hidden: " + who);
        } else {
            assertTrue(shown == null || !shown.contains(stored), f + " masked: " + who);
        }
    }

    static void checkHousehold(World w, int ai, Household h, String who) {
        Visibility names = visibility(w.actors.get(ai), PersonalField.NAME);
        for (Household.Member m : h.members()) {
            int ci = indexOf(w, m);
            assertTrue(ci >= 0 && w.expectVisible(ai, ci), "household member outside scope: " + who);
            String stored = w.customers.get(ci).profile().name();
            if (names != Visibility.CLEAR) {
                assertFalse(m.name() != null && m.name().contains(stored), "member name in clear: " + who);
            }
        }
    }

    static int indexOf(World w, Household.Member m) {
        for (int i = 0; i < w.customers.size(); i++) {
            if (w.customers.get(i).id().equals(m.customerId())) {
                return i;
            }
        }
        return -1;
    }

    static Visibility visibility(Actor a, PersonalField f) {
        return GRADES.visibility(a, f, CustomerKind.INDIVIDUAL);
    }

    static boolean allClear(Actor a) {
        for (PersonalField f : PersonalField.values()) {
            if (visibility(a, f) != Visibility.CLEAR) {
                return false;
            }
        }
        return true;
    }

    static int numberOf(Customer c) {
        String id = c.profile().nationalId().value();
        return (int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1950, 1, 1),
                LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                        Integer.parseInt(id.substring(12, 14))));
    }

    /** A read: an actor whose role may not read gets an AccessDeniedException, which shows nothing. */
    static <T> Optional<T> read(Supplier<Optional<T>> call) {
        try {
            return call.get();
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }

    static <T> List<T> readList(Supplier<List<T>> call) {
        try {
            return call.get();
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }

    /** A write succeeds when in scope and allowed; otherwise it fails with the unknown-customer error or a denial. */
    static void write(boolean visible, boolean allowed, Class<? extends CrmException> unknownError, String who,
            Runnable call) {
        try {
            call.run();
            assertTrue(visible && allowed, "write went through: " + who);
        } catch (AccessDeniedException e) {
            assertFalse(allowed, "denied although allowed: " + who);
        } catch (CrmException e) {
            if (visible && allowed) {
                fail("in-scope write failed: " + who + ": " + e.getMessage());
            }
            assertEquals(unknownError, e.getClass(), who);
        }
    }
}
