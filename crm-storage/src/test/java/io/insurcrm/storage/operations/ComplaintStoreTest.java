package io.insurcrm.storage.operations;

import io.insurcrm.storage.testing.MutableClock;
import static io.insurcrm.storage.operations.Ops.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.application.ComplaintService;
import io.insurcrm.core.common.ConflictException;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.complaint.Complaint;
import io.insurcrm.core.complaint.ComplaintAnalysis;
import io.insurcrm.core.complaint.ComplaintCategory;
import io.insurcrm.core.complaint.ComplaintEvent;
import io.insurcrm.core.complaint.ComplaintState;
import io.insurcrm.core.complaint.ComplaintTransition;
import io.insurcrm.core.complaint.ComplaintWorkflowSpec;
import io.insurcrm.core.complaint.NewComplaint;
import io.insurcrm.core.complaint.RootCause;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The complaint workflow, SLA escalation at the exact instant, and the monthly analysis, on H2 and PostgreSQL. */
class ComplaintStoreTest {
    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @StoreTest
    void everyAllowedAndEveryForbiddenTransition(StoreKind kind) {
        MutableClock clock = new MutableClock(T0);
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).build()) {
            Map<String, Branch> b = Ops.branchTree(crm);
            CustomerId customer = Ops.customer(crm, 1, b.get("NS").id()).id();
            ComplaintService complaints = crm.complaints();
            int allowed = 0;
            for (ComplaintState[] pair : ComplaintWorkflowSpec.everyPair()) {
                ComplaintState from = pair[0];
                ComplaintState to = pair[1];
                boolean expected = ComplaintWorkflowSpec.allowed(from, to);
                assertEquals(expected, from.canMoveTo(to), "table vs hand-written list: " + from + " -> " + to);
                Complaint c = complaints.receive(ACTOR, complaint(customer, b.get("NS")));
                for (ComplaintState step : ComplaintWorkflowSpec.pathTo(from)) {
                    c = complaints.transition(ACTOR, c.id(), c.version(), step(step));
                }
                assertEquals(from, c.state());
                Complaint before = c;
                int events = complaints.history(ACTOR, c.id()).size();
                if (expected) {
                    Complaint after = complaints.transition(ACTOR, c.id(), c.version(), step(to));
                    assertEquals(to, after.state(), from + " -> " + to);
                    assertEquals(after, complaints.get(ACTOR, c.id()).orElseThrow());
                    List<ComplaintEvent> history = complaints.history(ACTOR, c.id());
                    assertEquals(events + 1, history.size());
                    assertEquals(from, history.get(events).fromState());
                    assertEquals(to, history.get(events).toState());
                    allowed++;
                } else {
                    ValidationException e = assertThrows(ValidationException.class,
                            () -> complaints.transition(ACTOR, before.id(), before.version(), step(to)),
                            from + " -> " + to + " must be refused");
                    assertEquals("to", e.violations().get(0).field());
                    assertEquals("transition", e.violations().get(0).rule());
                    assertEquals(before, complaints.get(ACTOR, c.id()).orElseThrow(), "nothing changed");
                    assertEquals(events, complaints.history(ACTOR, c.id()).size());
                }
            }
            assertEquals(ComplaintWorkflowSpec.ALLOWED.size(), allowed);

            Complaint c = complaints.receive(ACTOR, complaint(customer, b.get("NS")));
            complaints.transition(ACTOR, c.id(), 1, step(ComplaintState.CONFIRMED));
            assertThrows(ConflictException.class,
                    () -> complaints.transition(ACTOR, c.id(), 1, step(ComplaintState.REGISTERED)), "stale version");
        }
    }

    @StoreTest
    void overdueComplaintsEscalateOneLevelAtTheirDeadlineAndStopAtHeadOffice(StoreKind kind) {
        MutableClock clock = new MutableClock(T0);
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).build()) {
            Map<String, Branch> b = Ops.branchTree(crm);
            CustomerId customer = Ops.customer(crm, 1, b.get("NS").id()).id();
            ComplaintService complaints = crm.complaints();
            Complaint c = complaints.receive(ACTOR, complaint(customer, b.get("NS")));
            clock.set(T0.plus(Duration.ofHours(12)));
            Complaint later = complaints.receive(ACTOR, complaint(customer, b.get("SZ")));
            // default SLA: RECEIVED must be left within 1 day; after an escalation the unit gets 1 more day
            assertEquals(T0.plus(DAY), c.deadlineAt());

            clock.set(T0.plus(DAY).minusNanos(1));
            assertEquals(0, complaints.escalateOverdue(ACTOR), "one nanosecond before the deadline");
            assertEquals(b.get("NS").id(), complaints.get(ACTOR, c.id()).orElseThrow().responsibleBranchId());

            clock.set(T0.plus(DAY));
            assertEquals(1, complaints.escalateOverdue(ACTOR), "at the deadline");
            Complaint once = complaints.get(ACTOR, c.id()).orElseThrow();
            assertEquals(b.get("SZ").id(), once.responsibleBranchId());
            assertEquals(T0.plus(DAY.multipliedBy(2)), once.deadlineAt());
            assertEquals(1, once.escalations());
            assertTrue(once.slaBreached());
            assertEquals(ComplaintState.RECEIVED, once.state());
            assertEquals(b.get("SZ").id(), complaints.get(ACTOR, later.id()).orElseThrow().responsibleBranchId(),
                    "the other complaint is not due until 12:00");
            assertEquals(0, complaints.escalateOverdue(ACTOR), "running again at once changes nothing");

            clock.set(T0.plus(DAY.multipliedBy(2)).minusNanos(1));
            assertEquals(1, complaints.escalateOverdue(ACTOR), "only the later one (due at day 1 12:00)");
            assertEquals(b.get("GD").id(), complaints.get(ACTOR, later.id()).orElseThrow().responsibleBranchId());
            assertEquals(b.get("SZ").id(), complaints.get(ACTOR, c.id()).orElseThrow().responsibleBranchId());
            clock.set(T0.plus(DAY.multipliedBy(2)));
            assertEquals(1, complaints.escalateOverdue(ACTOR));
            assertEquals(b.get("GD").id(), complaints.get(ACTOR, c.id()).orElseThrow().responsibleBranchId());
            clock.set(T0.plus(DAY.multipliedBy(3)));
            assertEquals(2, complaints.escalateOverdue(ACTOR), "both reach the head office");
            assertEquals(b.get("HO").id(), complaints.get(ACTOR, c.id()).orElseThrow().responsibleBranchId());
            clock.set(T0.plus(DAY.multipliedBy(30)));
            assertEquals(0, complaints.escalateOverdue(ACTOR), "not past the head office");

            Complaint atHead = complaints.get(ACTOR, c.id()).orElseThrow();
            assertEquals(3, atHead.escalations());
            List<ComplaintEvent> history = complaints.history(ACTOR, c.id());
            assertEquals(List.of(ComplaintEvent.Kind.RECEIVED, ComplaintEvent.Kind.ESCALATION,
                    ComplaintEvent.Kind.ESCALATION, ComplaintEvent.Kind.ESCALATION),
                    history.stream().map(ComplaintEvent::kind).collect(Collectors.toList()));
            assertEquals(List.of("NS", "SZ", "GD", "HO"), history.stream()
                    .map(e -> code(b, e.toBranchId())).collect(Collectors.toList()));
            assertEquals(T0.plus(DAY.multipliedBy(3)), history.get(3).occurredAt());

            Complaint confirmed = complaints.transition(ACTOR, c.id(), atHead.version(),
                    step(ComplaintState.CONFIRMED));
            assertEquals(T0.plus(DAY.multipliedBy(31)), confirmed.deadlineAt(), "a new state: the SLA starts again");
            assertEquals(b.get("HO").id(), confirmed.responsibleBranchId());
        }
    }

    @StoreTest
    void monthlyAnalysisMatchesTheHandCountedFixture(StoreKind kind) {
        MutableClock clock = new MutableClock(T0);
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).build()) {
            Map<String, Branch> b = Ops.branchTree(crm);
            CustomerId customer = Ops.customer(crm, 1, b.get("NS").id()).id();
            Policy auto = Ops.policy(crm, "PAUTO1", customer, b.get("NS").id(), ProductLine.AUTO,
                    LocalDate.of(2026, 12, 31), null);
            ComplaintService complaints = crm.complaints();

            // c1: received 2 March at NS about the AUTO policy, handled 2 days later (172,800 s), root PROCESS, on time
            clock.set(Instant.parse("2026-03-02T00:00:00Z"));
            Complaint c1 = complaints.receive(ACTOR, new NewComplaint(customer, auto.id(),
                    ComplaintCategory.CLAIM_SETTLEMENT, null, null, b.get("NS").id()));
            walk(complaints, clock, c1, Instant.parse("2026-03-02T01:00:00Z"), Instant.parse("2026-03-04T00:00:00Z"),
                    RootCause.PROCESS);
            // c2: received 10 March at SZ, LIFE, confirmed after 2 days (RECEIVED's SLA is 1 day: breached),
            //     handled 4 days after receipt (345,600 s), root STAFF_CONDUCT
            clock.set(Instant.parse("2026-03-10T00:00:00Z"));
            Complaint c2 = complaints.receive(ACTOR, new NewComplaint(customer, null,
                    ComplaintCategory.SERVICE_ATTITUDE, ProductLine.LIFE, null, b.get("SZ").id()));
            walk(complaints, clock, c2, Instant.parse("2026-03-12T00:00:00Z"), Instant.parse("2026-03-14T00:00:00Z"),
                    RootCause.STAFF_CONDUCT);
            // c3: received 20 March at NS, no product line, still open and not late
            clock.set(Instant.parse("2026-03-20T00:00:00Z"));
            complaints.receive(ACTOR, new NewComplaint(customer, null, ComplaintCategory.CLAIM_SETTLEMENT, null, null,
                    b.get("NS").id()));
            // outside March: the last second of February and the first instant of April
            clock.set(Instant.parse("2026-02-28T23:59:59Z"));
            complaints.receive(ACTOR, new NewComplaint(customer, null, ComplaintCategory.RENEWAL, null, null,
                    b.get("BJ").id()));
            clock.set(Instant.parse("2026-04-01T00:00:00Z"));
            complaints.receive(ACTOR, new NewComplaint(customer, null, ComplaintCategory.RENEWAL, null, null,
                    b.get("BJ").id()));

            ComplaintAnalysis march = complaints.monthlyAnalysis(ACTOR, YearMonth.of(2026, 3));

            assertEquals(3, march.total());
            assertEquals(Map.of(ComplaintCategory.CLAIM_SETTLEMENT, 2L, ComplaintCategory.SERVICE_ATTITUDE, 1L),
                    march.byCategory());
            assertEquals(Map.of(ProductLine.AUTO, 1L, ProductLine.LIFE, 1L), march.byProductLine());
            assertEquals(Map.of(b.get("NS").id(), 2L, b.get("SZ").id(), 1L), march.byBranch());
            assertEquals(Map.of(RootCause.PROCESS, 1L, RootCause.STAFF_CONDUCT, 1L), march.byRootCause());
            assertEquals(2, march.handled());
            assertEquals(Duration.ofDays(3), march.averageHandling(), "(172,800 + 345,600) / 2 = 259,200 s");
            assertEquals(Duration.ofDays(4), march.worstHandling());
            assertEquals(1, march.slaBreached());
            assertEquals(new BigDecimal("0.3333"), march.slaBreachRate(), "1 of 3");

            ComplaintAnalysis may = complaints.monthlyAnalysis(ACTOR, YearMonth.of(2026, 5));
            assertEquals(0, may.total());
            assertNull(may.averageHandling());
            assertEquals(new BigDecimal("0.0000"), may.slaBreachRate());
        }
    }

    /** CONFIRMED at {@code confirmAt}, then REGISTERED, TRANSFERRED, COORDINATED a minute apart, HANDLED at {@code handledAt}. */
    private static void walk(ComplaintService complaints, MutableClock clock, Complaint c, Instant confirmAt,
            Instant handledAt, RootCause cause) {
        clock.set(confirmAt);
        Complaint x = complaints.transition(ACTOR, c.id(), c.version(), step(ComplaintState.CONFIRMED));
        for (ComplaintState s : List.of(ComplaintState.REGISTERED, ComplaintState.TRANSFERRED,
                ComplaintState.COORDINATED)) {
            clock.advance(Duration.ofMinutes(1));
            x = complaints.transition(ACTOR, c.id(), x.version(), step(s));
        }
        clock.set(handledAt);
        complaints.transition(ACTOR, c.id(), x.version(), ComplaintTransition.handled(cause));
    }

    private static ComplaintTransition step(ComplaintState to) {
        return to == ComplaintState.HANDLED ? ComplaintTransition.handled(RootCause.OTHER) : ComplaintTransition.to(to);
    }

    private static NewComplaint complaint(CustomerId customer, Branch branch) {
        return new NewComplaint(customer, null, ComplaintCategory.SERVICE_ATTITUDE, null, "态度差", branch.id());
    }

    private static String code(Map<String, Branch> branches, io.insurcrm.core.organisation.BranchId id) {
        return branches.values().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow().code();
    }
}
