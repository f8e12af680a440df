package io.insurcrm.storage.operations;

import io.insurcrm.storage.testing.MutableClock;
import static io.insurcrm.storage.operations.Ops.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.application.RenewalService;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.entitlement.Entitlement;
import io.insurcrm.core.entitlement.EntitlementSettings;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.outbox.OutboundMessage;
import io.insurcrm.core.outbox.OutboundMessageStatus;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.renewal.RenewalDimension;
import io.insurcrm.core.renewal.RenewalItem;
import io.insurcrm.core.renewal.RenewalQuery;
import io.insurcrm.core.renewal.RenewalRate;
import io.insurcrm.core.renewal.RenewalStatus;
import io.insurcrm.core.segment.Segment;
import io.insurcrm.core.staff.AccountManager;
import io.insurcrm.core.staff.Grade;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The renewal pipeline and renewal rates on a fixture worked out by hand. Today is 15 June 2026; the
 * period is June 2026.
 *
 * <pre>
 * policy  holder  manager  branch  line    ends    what happened                    status
 * P1      c1      A        NS      AUTO    06-05   renewed by P1R                   RENEWED
 * P10     c5      -        BJ      HEALTH  06-08   renewed by P10R                  RENEWED
 * P2      c2      A        NS      AUTO    06-10   not renewed, ended before today  LAPSED
 * P6      c4      B        BJ      AUTO    06-12   renewed by P6R                   RENEWED
 * P3      c3      A        NS      LIFE    06-20   recorded WILL_RENEW              WILL_RENEW
 * P4      c4      B        BJ      AUTO    06-25   recorded WILL_NOT_RENEW          WILL_NOT_RENEW
 * P5      c5      -        BJ      HEALTH  06-30   nothing recorded                 UNDECIDED
 * not in June: P7 (c1, ends 07-01), P8 (c2, ends 05-31), P9 (c3, ends 06-15 but CANCELLED),
 *              and the renewals P1R, P6R, P10R (end in 2027)
 * </pre>
 */
class RenewalStoreTest {
    private static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    @StoreTest
    void pipelineAndRatesMatchTheHandWorkedFixture(StoreKind kind) {
        try (InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(NOW)).build()) {
            Fixture f = new Fixture(crm);
            RenewalService renewals = crm.renewals();

            List<RenewalItem> june = renewals.pipeline(ACTOR, RenewalQuery.between(FROM, TO));
            assertEquals(List.of("P1:RENEWED", "P10:RENEWED", "P2:LAPSED", "P6:RENEWED", "P3:WILL_RENEW",
                    "P4:WILL_NOT_RENEW", "P5:UNDECIDED"), describe(june));
            RenewalItem p3 = june.get(4);
            assertEquals(f.a.id(), p3.managerId());
            assertEquals(f.branches.get("NS").id(), p3.branchId());
            assertEquals(LocalDate.of(2026, 6, 20), p3.endDate());
            assertEquals(null, june.get(6).managerId(), "c5 has no manager");

            assertEquals(List.of("P1:RENEWED", "P2:LAPSED", "P3:WILL_RENEW"),
                    describe(renewals.pipeline(ACTOR, RenewalQuery.between(FROM, TO).ofManager(f.a.id()))));
            assertEquals(List.of("P1:RENEWED", "P2:LAPSED", "P3:WILL_RENEW"), describe(renewals.pipeline(ACTOR,
                    RenewalQuery.between(FROM, TO).underBranch(f.branches.get("GD").id()))), "GD's subtree holds NS");
            assertEquals(List.of("P1:RENEWED", "P2:LAPSED", "P6:RENEWED", "P4:WILL_NOT_RENEW"), describe(renewals
                    .pipeline(ACTOR, RenewalQuery.between(FROM, TO).ofProductLine(ProductLine.AUTO))));
            assertEquals(List.of("P6:RENEWED", "P4:WILL_NOT_RENEW"), describe(renewals.pipeline(ACTOR,
                    RenewalQuery.between(FROM, TO).ofManager(f.b.id()).ofProductLine(ProductLine.AUTO))));

            // by branch: NS = P1, P2, P3 -> 1 renewed of 3, 1 lapsed; BJ = P10, P6, P4, P5 -> 2 of 4, none lapsed
            assertEquals(Map.of(f.branches.get("NS").id().toString(), "3/1/1/0.3333",
                    f.branches.get("BJ").id().toString(), "4/2/0/0.5000"),
                    rates(renewals.rates(ACTOR, FROM, TO, RenewalDimension.BRANCH)));
            // by manager: A = P1, P2, P3 -> 1/3; B = P6, P4 -> 1/2; none = P10, P5 -> 1/2
            assertEquals(Map.of(f.a.id().toString(), "3/1/1/0.3333", f.b.id().toString(), "2/1/0/0.5000",
                    "none", "2/1/0/0.5000"), rates(renewals.rates(ACTOR, FROM, TO, RenewalDimension.MANAGER)));
            // by product line: AUTO = P1, P2, P6, P4 -> 2/4 with P2 lapsed; LIFE = P3 -> 0/1; HEALTH = P10, P5 -> 1/2
            assertEquals(Map.of("AUTO", "4/2/1/0.5000", "LIFE", "1/0/0/0.0000", "HEALTH", "2/1/0/0.5000"),
                    rates(renewals.rates(ACTOR, FROM, TO, RenewalDimension.PRODUCT_LINE)));

            ValidationException derived = assertThrows(ValidationException.class,
                    () -> renewals.recordFollowUp(ACTOR, f.p3.id(), RenewalStatus.RENEWED, null));
            assertEquals("recordable", derived.violations().get(0).rule());
            renewals.recordFollowUp(ACTOR, f.p3.id(), RenewalStatus.UNDECIDED, "changed his mind");
            assertEquals(RenewalStatus.UNDECIDED, renewals.pipeline(ACTOR, RenewalQuery.between(FROM, TO)).get(4)
                    .status(), "a new outcome replaces the old one");
        }
    }

    @StoreTest
    void remindersAreQueuedOnceInTheOutbox(StoreKind kind) {
        try (InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(NOW)).build()) {
            Fixture f = new Fixture(crm);
            RenewalService renewals = crm.renewals();

            // June: only P3 (WILL_RENEW) and P5 (UNDECIDED) still need a reminder
            List<OutboundMessage> june = renewals.queueReminders(ACTOR, FROM, TO, "sms");
            assertEquals(List.of("renewal-reminder:" + f.p3.id() + ":2026-06-20",
                    "renewal-reminder:" + f.p5.id() + ":2026-06-30"),
                    june.stream().map(OutboundMessage::idempotencyKey).collect(Collectors.toList()));
            assertEquals(f.c3, june.get(0).customerId());
            assertEquals(OutboundMessageStatus.PENDING, june.get(0).status());
            assertEquals(0, june.get(0).attempts());
            assertEquals(NOW, june.get(0).createdAt());

            assertEquals(List.of(), renewals.queueReminders(ACTOR, FROM, TO, "sms"), "re-queuing is a no-op");
            List<OutboundMessage> overlapping = renewals.queueReminders(ACTOR, LocalDate.of(2026, 6, 15),
                    LocalDate.of(2026, 7, 15), "sms");
            assertEquals(List.of("renewal-reminder:" + f.p7.id() + ":2026-07-01"),
                    overlapping.stream().map(OutboundMessage::idempotencyKey).collect(Collectors.toList()),
                    "an overlapping period adds only P7");
        }
    }

    @StoreTest
    void onlyHoldersEntitledToTheReminderServiceGetOne(StoreKind kind) {
        // a configuration in which STANDARD customers have no renewal reminder service
        EntitlementSettings noStandardReminders = new EntitlementSettings(Map.of(Segment.STANDARD, Set.of()),
                Set.of(Entitlement.RENEWAL_REMINDER));
        try (InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(NOW)).module(new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), EntitlementSettings.class).setBinding()
                        .toInstance(noStandardReminders);
            }
        }).build()) {
            Fixture f = new Fixture(crm);
            crm.entitlements().setSegment(ACTOR, f.c5, Segment.STANDARD, "manual");

            // P3 (c3, unsegmented: entitled) is queued; P5 (c5, STANDARD) is not
            assertEquals(List.of("renewal-reminder:" + f.p3.id() + ":2026-06-20"), crm.renewals()
                    .queueReminders(ACTOR, FROM, TO, "sms").stream().map(OutboundMessage::idempotencyKey)
                    .collect(Collectors.toList()));
        }
    }

    private static List<String> describe(List<RenewalItem> items) {
        return items.stream().map(i -> i.policyNumber() + ":" + i.status()).collect(Collectors.toList());
    }

    private static Map<String, String> rates(List<RenewalRate> rates) {
        return rates.stream().collect(Collectors.toMap(RenewalRate::key,
                r -> r.due() + "/" + r.renewed() + "/" + r.lapsed() + "/" + r.rate().toPlainString()));
    }

    /** The book of the table above. */
    static final class Fixture {
        final Map<String, Branch> branches;
        final AccountManager a;
        final AccountManager b;
        final CustomerId c3;
        final CustomerId c5;
        final Policy p3;
        final Policy p5;
        final Policy p7;

        Fixture(InsurCrm crm) {
            branches = Ops.branchTree(crm);
            Branch ns = branches.get("NS");
            Branch bj = branches.get("BJ");
            a = crm.accountManagers().register(ACTOR, "A", "甲", branches.get("SZ").id(), Grade.SENIOR, 2026);
            b = crm.accountManagers().register(ACTOR, "B", "乙", bj.id(), Grade.JUNIOR, 2026);
            CustomerId c1 = Ops.customer(crm, 1, ns.id()).id();
            CustomerId c2 = Ops.customer(crm, 2, ns.id()).id();
            c3 = Ops.customer(crm, 3, ns.id()).id();
            CustomerId c4 = Ops.customer(crm, 4, bj.id()).id();
            c5 = Ops.customer(crm, 5, bj.id()).id();
            for (CustomerId c : List.of(c1, c2, c3)) {
                crm.accountManagers().assign(ACTOR, c, a.id(), 0);
            }
            crm.accountManagers().assign(ACTOR, c4, b.id(), 0);

            Ops.policy(crm, "P1", c1, ns.id(), ProductLine.AUTO, LocalDate.of(2026, 6, 5), null);
            Ops.policy(crm, "P1R", c1, ns.id(), ProductLine.AUTO, LocalDate.of(2027, 6, 5), "P1");
            Ops.policy(crm, "P2", c2, ns.id(), ProductLine.AUTO, LocalDate.of(2026, 6, 10), null);
            p3 = Ops.policy(crm, "P3", c3, ns.id(), ProductLine.LIFE, LocalDate.of(2026, 6, 20), null);
            Policy p4 = Ops.policy(crm, "P4", c4, bj.id(), ProductLine.AUTO, LocalDate.of(2026, 6, 25), null);
            p5 = Ops.policy(crm, "P5", c5, bj.id(), ProductLine.HEALTH, LocalDate.of(2026, 6, 30), null);
            Ops.policy(crm, "P6", c4, bj.id(), ProductLine.AUTO, LocalDate.of(2026, 6, 12), null);
            Ops.policy(crm, "P6R", c4, bj.id(), ProductLine.AUTO, LocalDate.of(2027, 6, 12), "P6");
            p7 = Ops.policy(crm, "P7", c1, ns.id(), ProductLine.AUTO, LocalDate.of(2026, 7, 1), null);
            Ops.policy(crm, "P8", c2, ns.id(), ProductLine.AUTO, LocalDate.of(2026, 5, 31), null);
            Policy p9 = Ops.policy(crm, "P9", c3, ns.id(), ProductLine.AUTO, LocalDate.of(2026, 6, 15), null);
            crm.policies().changeStatus(ACTOR, p9.id(), p9.version(), PolicyStatus.CANCELLED);
            Ops.policy(crm, "P10", c5, bj.id(), ProductLine.HEALTH, LocalDate.of(2026, 6, 8), null);
            Ops.policy(crm, "P10R", c5, bj.id(), ProductLine.HEALTH, LocalDate.of(2027, 6, 8), "P10");

            crm.renewals().recordFollowUp(ACTOR, p3.id(), RenewalStatus.WILL_RENEW, "will come to the branch");
            crm.renewals().recordFollowUp(ACTOR, p4.id(), RenewalStatus.WILL_NOT_RENEW, "sold the car");
        }
    }
}
