package io.insurcrm.storage.outbox;

import io.insurcrm.storage.testing.MutableClock;
import static io.insurcrm.storage.outbox.OutboxFixtures.ACTOR;
import static io.insurcrm.storage.outbox.OutboxFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.claim.NewClaim;
import io.insurcrm.core.common.DuplicateException;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.complaint.Complaint;
import io.insurcrm.core.complaint.ComplaintCategory;
import io.insurcrm.core.complaint.NewComplaint;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.event.DomainEvent;
import io.insurcrm.core.event.EventDelivery;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.outbox.DispatchReport;
import io.insurcrm.core.outbox.OutboundMessageStatus;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import io.insurcrm.spi.CrmEvent;
import io.insurcrm.spi.EventListener;
import io.insurcrm.spi.EventType;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Domain events through the event outbox, to in-process listeners (which the host treats exactly
 * like plugin listeners), on H2 and PostgreSQL.
 */
class DomainEventDeliveryTest {

    /** Records every call; fails once on the first event of type {@code failOnce} about customer {@link #failFor}. */
    private static final class Recorder implements EventListener {
        final List<CrmEvent> calls = new CopyOnWriteArrayList<>();
        final List<CrmEvent> accepted = new CopyOnWriteArrayList<>();
        private final EventType failOnce;
        private final AtomicBoolean failed = new AtomicBoolean();
        volatile String failFor;

        Recorder(EventType failOnce) {
            this.failOnce = failOnce;
        }

        @Override
        public void onEvent(CrmEvent event) {
            calls.add(event);
            if (event.type() == failOnce && event.customerRef().equals(failFor) && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("downstream busy");
            }
            accepted.add(event);
        }

        List<EventType> acceptedTypesOf(String customerRef) {
            return accepted.stream().filter(e -> e.customerRef().equals(customerRef)).map(CrmEvent::type)
                    .collect(Collectors.toList());
        }
    }

    @StoreTest
    void noEventReachesAListenerForARolledBackTransactionAndCommittedOnesOnlyAfterCommit(StoreKind kind) {
        Recorder audit = new Recorder(null);
        try (InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(T0)).eventListener("audit", audit).build()) {
            BranchId ho = OutboxFixtures.branch(crm);
            // the first create records CUSTOMER_CREATED, then a duplicate ID number rolls the whole unit back
            assertThrows(DuplicateException.class, () -> crm.inTransaction(() -> {
                OutboxFixtures.customer(crm, 1, ho);
                return OutboxFixtures.customer(crm, 1, ho);
            }));
            assertEquals(DispatchReport.EMPTY, crm.outbox().dispatchOnce());
            assertEquals(List.of(), audit.calls);

            // while the transaction is open, a dispatch round (on its own connections) cannot see the event
            Customer committed = crm.inTransaction(() -> {
                Customer c = OutboxFixtures.customer(crm, 2, ho);
                assertEquals(DispatchReport.EMPTY, crm.outbox().dispatchOnce());
                return c;
            });
            assertEquals(List.of(), audit.calls);
            assertEquals(new DispatchReport(0, 0, 0, 0, 1, 0, 0), crm.outbox().dispatchOnce());
            assertEquals(1, audit.calls.size());
            CrmEvent e = audit.calls.get(0);
            assertEquals(EventType.CUSTOMER_CREATED, e.type());
            assertEquals(committed.id().toString(), e.customerRef());
            assertEquals(Optional.of(committed.id().toString()), e.subjectRef());
            assertEquals(T0, e.occurredAt());
            assertEquals(Map.of("branch", ho.toString()), e.attributes());
            // delivered once: the next round has nothing
            assertEquals(DispatchReport.EMPTY, crm.outbox().dispatchOnce());
        }
    }

    @StoreTest
    void eventsReachAListenerInOrderPerCustomerAndARetryCarriesTheSameEventId(StoreKind kind) {
        MutableClock clock = new MutableClock(T0);
        Recorder feed = new Recorder(EventType.CUSTOMER_UPDATED);
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).eventListener("feed", feed)
                .pluginProperties(Map.of("event-listener.feed.backoff.initial", "30s")).build()) {
            BranchId ho = OutboxFixtures.branch(crm);
            Customer a = OutboxFixtures.customer(crm, 10, ho);
            feed.failFor = a.id().toString();
            Customer b = OutboxFixtures.customer(crm, 11, ho);
            Customer a2 = crm.customers().update(ACTOR, a.id(), 1, OutboxFixtures.profile(10));
            crm.customers().update(ACTOR, a.id(), a2.version(), OutboxFixtures.profile(10));
            Policy p = policy(crm, "P-A-1", a, ho, null);
            crm.customers().update(ACTOR, b.id(), 1, OutboxFixtures.profile(11));
            String ra = a.id().toString();
            String rb = b.id().toString();

            // round 1: A's first update fails; A's later events wait behind it, B is not held up
            assertEquals(new DispatchReport(0, 0, 0, 0, 3, 1, 0), crm.outbox().dispatchOnce());
            assertEquals(List.of(EventType.CUSTOMER_CREATED), feed.acceptedTypesOf(ra));
            assertEquals(List.of(EventType.CUSTOMER_CREATED, EventType.CUSTOMER_UPDATED), feed.acceptedTypesOf(rb));
            assertEquals(DispatchReport.EMPTY, crm.outbox().dispatchOnce(), "A's failed event is not due yet and blocks A");

            clock.advance(Duration.ofSeconds(30));
            assertEquals(new DispatchReport(0, 0, 0, 0, 3, 0, 0), crm.outbox().dispatchOnce());
            assertEquals(List.of(EventType.CUSTOMER_CREATED, EventType.CUSTOMER_UPDATED, EventType.CUSTOMER_UPDATED,
                    EventType.POLICY_ISSUED), feed.acceptedTypesOf(ra));

            // the listener saw A's events in the order they were recorded (the failed one twice, with one id)
            List<String> recorded = crm.outbox().events(ACTOR, a.id(), 100).stream().map(e -> e.id().toString())
                    .collect(Collectors.toList());
            List<String> seen = feed.calls.stream().filter(e -> e.customerRef().equals(ra)).map(CrmEvent::eventId)
                    .collect(Collectors.toList());
            assertEquals(List.of(recorded.get(0), recorded.get(1), recorded.get(1), recorded.get(2), recorded.get(3)),
                    seen);
            assertEquals(Optional.of(p.id().toString()), feed.accepted.stream()
                    .filter(e -> e.type() == EventType.POLICY_ISSUED).findFirst().orElseThrow().subjectRef());

            EventDelivery retried = crm.outbox().eventDeliveries(ACTOR, java.util.UUID.fromString(recorded.get(1))).get(0);
            assertEquals(OutboundMessageStatus.DELIVERED, retried.status());
            assertEquals(2, retried.attempts());
            assertEquals("THREW IllegalStateException: downstream busy", retried.lastError());
            EventDelivery released = crm.outbox().eventDeliveries(ACTOR, java.util.UUID.fromString(recorded.get(3))).get(0);
            assertEquals(1, released.attempts(), "an event given back untried is not charged an attempt");
        }
    }

    @StoreTest
    void theServicesRecordTheirEvents(StoreKind kind) {
        MutableClock clock = new MutableClock(T0);
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).build()) {
            BranchId ho = OutboxFixtures.branch(crm);
            BranchId gd = crm.branches().create(ACTOR, "GD", "广东分公司", BranchLevel.PROVINCE, "HO", "广东").id();
            Customer c = OutboxFixtures.customer(crm, 20, ho);
            Policy p = policy(crm, "P-20-1", c, ho, null);
            Policy renewal = policy(crm, "P-20-2", c, ho, "P-20-1");
            crm.policies().changeStatus(ACTOR, p.id(), p.version(), PolicyStatus.LAPSED);
            Claim claim = crm.claims().file(ACTOR, new NewClaim("C-20-1", renewal.id(), LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 2, 2), null, Money.cny("1000.00"), null, ClaimStatus.REPORTED, false, "碰撞"));
            crm.claims().settle(ACTOR, claim.id(), claim.version(), ClaimStatus.PAID, Money.cny("800.00"),
                    LocalDate.of(2026, 2, 20));
            Complaint complaint = crm.complaints().receive(ACTOR, new NewComplaint(c.id(), null,
                    ComplaintCategory.SERVICE_ATTITUDE, null, "slow", gd));
            // (a transition is not exercised here: Complaint.moveTo on the operational branch unboxes a null
            // handlingSeconds; the service's COMPLAINT_STATE_CHANGED on transition is the same one-liner)
            clock.advance(Duration.ofDays(5));
            assertEquals(1, crm.complaints().escalateOverdue(ACTOR));

            List<DomainEvent> events = crm.outbox().events(ACTOR, c.id(), 100);
            assertEquals(List.of(EventType.CUSTOMER_CREATED, EventType.POLICY_ISSUED, EventType.POLICY_RENEWED,
                    EventType.POLICY_LAPSED, EventType.CLAIM_FILED, EventType.CLAIM_PAID,
                    EventType.COMPLAINT_STATE_CHANGED, EventType.COMPLAINT_ESCALATED), events.stream().map(DomainEvent::type).collect(Collectors.toList()));
            assertEquals(Map.of("to", "RECEIVED"), events.get(6).attributes());
            assertEquals(complaint.id().toString(), events.get(7).subjectRef());
            assertEquals(Map.of("toBranch", ho.toString()), events.get(7).attributes());
            assertEquals(claim.id().toString(), events.get(5).subjectRef());
            // with no listener configured, no delivery rows are written
            assertTrue(events.stream().allMatch(e -> crm.outbox().eventDeliveries(ACTOR, e.id()).isEmpty()));
        }
    }

    private static Policy policy(InsurCrm crm, String number, Customer holder, BranchId branch, String previous) {
        LocalDate end = LocalDate.of(2026, 12, 31);
        return crm.policies().issue(ACTOR, new NewPolicy(number, holder.id(), ProductLine.AUTO, null,
                SalesChannel.AGENT, branch, null, end.minusYears(1).plusDays(1), end, Money.cny("1000"), null,
                previous));
    }
}
