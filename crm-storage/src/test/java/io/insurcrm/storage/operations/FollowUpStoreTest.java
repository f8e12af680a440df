package io.insurcrm.storage.operations;

import io.insurcrm.storage.testing.MutableClock;
import static io.insurcrm.storage.operations.Ops.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.application.FollowUpService;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.entitlement.CustomerEntitlements;
import io.insurcrm.core.entitlement.Entitlement;
import io.insurcrm.core.entitlement.EntitlementSettings;
import io.insurcrm.core.followup.CareAction;
import io.insurcrm.core.followup.FollowUpTask;
import io.insurcrm.core.followup.MyDay;
import io.insurcrm.core.followup.OverdueCare;
import io.insurcrm.core.followup.TaskStatus;
import io.insurcrm.core.followup.VisitReport;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.interaction.NewInteraction;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.segment.Segment;
import io.insurcrm.core.staff.AccountManager;
import io.insurcrm.core.staff.Grade;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Follow-up tasks, "my day", care regimes (defaults: KEY visited every 90 days, QUALITY called every
 * 30 days), the monthly visit report, and entitlements by segment. Today is 15 June 2026 (UTC).
 */
class FollowUpStoreTest {
    private static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @StoreTest
    void myDayOverdueCareAndTheVisitReport(StoreKind kind) {
        try (InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(NOW)).build()) {
            Map<String, Branch> b = Ops.branchTree(crm);
            AccountManager a = crm.accountManagers().register(ACTOR, "A001", "甲", b.get("SZ").id(), Grade.SENIOR, 2026);
            AccountManager m2 = crm.accountManagers().register(ACTOR, "B001", "乙", b.get("BJ").id(), Grade.JUNIOR,
                    2026);
            CustomerId c1 = Ops.customer(crm, 1, b.get("NS").id()).id(); // KEY, A
            CustomerId c2 = Ops.customer(crm, 2, b.get("NS").id()).id(); // QUALITY, A
            CustomerId c3 = Ops.customer(crm, 3, b.get("BJ").id()).id(); // QUALITY, B
            CustomerId c4 = Ops.customer(crm, 4, b.get("NS").id()).id(); // STANDARD, A: no regime
            for (CustomerId c : List.of(c1, c2, c4)) {
                crm.accountManagers().assign(ACTOR, c, a.id(), 0);
            }
            crm.accountManagers().assign(ACTOR, c3, m2.id(), 0);
            crm.entitlements().setSegment(ACTOR, c1, Segment.KEY, "manual");
            crm.entitlements().setSegment(ACTOR, c2, Segment.QUALITY, "manual");
            crm.entitlements().setSegment(ACTOR, c3, Segment.QUALITY, "manual");
            crm.entitlements().setSegment(ACTOR, c4, Segment.STANDARD, "manual");

            // care: KEY needs a visit since 2026-03-17 (today - 90 days), QUALITY a call since 2026-05-16
            log(crm, c1, InteractionChannel.VISIT, InteractionType.CARE_VISIT, "2026-03-16T23:59:59Z", "A001"); // too old
            log(crm, c1, InteractionChannel.CALL_CENTRE, InteractionType.CARE_CALL, "2026-06-01T09:00:00Z", "A001"); // a call is no visit
            log(crm, c2, InteractionChannel.CALL_CENTRE, InteractionType.CARE_CALL, "2026-05-16T00:00:00Z", "A001"); // just in time
            // c3 was never called
            // June's work of A001: 1 visit, 2 calls (c1's above and one more), customers c1, c2, c4, one complaint
            log(crm, c1, InteractionChannel.VISIT, InteractionType.CARE_VISIT, "2026-05-31T23:59:59Z", "A001"); // May
            log(crm, c2, InteractionChannel.VISIT, InteractionType.SALES, "2026-06-02T10:00:00Z", "A001");
            log(crm, c2, InteractionChannel.CALL_CENTRE, InteractionType.RENEWAL_FOLLOW_UP, "2026-06-03T10:00:00Z",
                    "A001");
            log(crm, c4, InteractionChannel.BRANCH_COUNTER, InteractionType.COMPLAINT, "2026-06-07T10:00:00Z", "A001");
            log(crm, c4, InteractionChannel.VISIT, InteractionType.CARE_VISIT, "2026-06-08T10:00:00Z", "someone-else");

            FollowUpService followUps = crm.followUps();
            List<OverdueCare> ofA = followUps.overdueCare(ACTOR, a.id(), null, TODAY);
            // c1 was visited again on 2026-05-31 (within 90 days) and c2 called on 05-16 (within 30): nobody of A's
            assertEquals(List.of(), ofA);
            List<OverdueCare> all = followUps.overdueCare(ACTOR, null, null, TODAY);
            assertEquals(List.of(c3), all.stream().map(OverdueCare::customerId).collect(Collectors.toList()));
            assertEquals(m2.id(), all.get(0).managerId());
            assertEquals(CareAction.CALL, all.get(0).action());
            assertNull(all.get(0).lastContact());
            assertEquals(List.of(), followUps.overdueCare(ACTOR, null, b.get("GD").id(), TODAY), "c3 is in BJ");
            assertEquals(1, followUps.overdueCare(ACTOR, null, b.get("HO").id(), TODAY).size());
            List<OverdueCare> later = followUps.overdueCare(ACTOR, a.id(), null, LocalDate.of(2026, 8, 30));
            // on 30 August: KEY since 2026-06-01 (c1's last visit 05-31 is too old), QUALITY since 2026-07-31
            assertEquals(Set.of(c1, c2), later.stream().map(OverdueCare::customerId).collect(Collectors.toSet()));

            FollowUpTask overdue = followUps.createTask(ACTOR, c1, a.id(), TODAY.minusDays(1), "回访");
            FollowUpTask dueToday = followUps.createTask(ACTOR, c2, a.id(), TODAY, "送保单");
            followUps.createTask(ACTOR, c2, a.id(), TODAY.plusDays(1), "明天的事");
            FollowUpTask done = followUps.createTask(ACTOR, c4, a.id(), TODAY.minusDays(5), "已办");
            FollowUpTask closed = followUps.closeTask(ACTOR, done.id(), 1, TaskStatus.DONE, "客户满意");
            assertEquals(TaskStatus.DONE, closed.status());
            assertEquals(NOW, closed.completedAt());
            assertThrows(ValidationException.class,
                    () -> followUps.closeTask(ACTOR, done.id(), 2, TaskStatus.CANCELLED, null), "already closed");
            Ops.policy(crm, "PDUE", c1, b.get("NS").id(), ProductLine.AUTO, TODAY.plusDays(5), null);
            Ops.policy(crm, "PLATE", c2, b.get("NS").id(), ProductLine.AUTO, TODAY.plusDays(31), null);
            Ops.policy(crm, "PGONE", c2, b.get("NS").id(), ProductLine.AUTO, TODAY.minusDays(1), null);
            Ops.policy(crm, "POTHER", c3, b.get("BJ").id(), ProductLine.AUTO, TODAY.plusDays(5), null);

            MyDay day = followUps.myDay(ACTOR, a.id(), TODAY);
            assertEquals(List.of(overdue.id(), dueToday.id()),
                    day.tasksDue().stream().map(FollowUpTask::id).collect(Collectors.toList()));
            assertEquals(List.of("PDUE"), day.renewalsDue().stream().map(r -> r.policyNumber())
                    .collect(Collectors.toList()), "within 30 days, his, not lapsed");
            assertEquals(List.of(), day.overdueCare());

            // June: visits 06-02 (c2); calls 06-01 (c1) and 06-03 (c2); customers c1, c2, c4; one complaint
            VisitReport june = followUps.visitReport(ACTOR, a.id(), YearMonth.of(2026, 6));
            assertEquals(new VisitReport(a.id(), YearMonth.of(2026, 6), 1, 2, 3, 1), june);
            assertEquals(List.of(june), followUps.visitReports(ACTOR, b.get("GD").id(), YearMonth.of(2026, 6)));
            assertEquals(List.of(new VisitReport(m2.id(), YearMonth.of(2026, 6), 0, 0, 0, 0)),
                    followUps.visitReports(ACTOR, b.get("BJ").id(), YearMonth.of(2026, 6)));
            assertEquals(new VisitReport(a.id(), YearMonth.of(2026, 3), 1, 0, 1, 0),
                    followUps.visitReport(ACTOR, a.id(), YearMonth.of(2026, 3)));
        }
    }

    @StoreTest
    void entitlementsFollowTheSegmentAndTheConfiguration(StoreKind kind) {
        EntitlementSettings custom = new EntitlementSettings(Map.of(Segment.KEY, Set.of(Entitlement.ROADSIDE_RESCUE,
                new Entitlement("AIRPORT_LOUNGE"))), Set.of());
        try (InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(NOW)).build();
                InsurCrm configured = TestStores.builder(kind).clock(new MutableClock(NOW))
                        .module(new AbstractModule() {
                            @Override
                            protected void configure() {
                                OptionalBinder.newOptionalBinder(binder(), EntitlementSettings.class).setBinding()
                                        .toInstance(custom);
                            }
                        }).build()) {
            Map<String, Branch> b = Ops.branchTree(crm);
            CustomerId key = Ops.customer(crm, 1, b.get("NS").id()).id();
            CustomerId none = Ops.customer(crm, 2, b.get("NS").id()).id();
            crm.entitlements().setSegment(ACTOR, key, Segment.QUALITY, "manual");
            crm.entitlements().setSegment(ACTOR, key, Segment.KEY, "analytics");

            CustomerEntitlements e = crm.entitlements().of(ACTOR, key);
            assertEquals(Segment.KEY, e.segment());
            assertEquals(Set.of(Entitlement.FAST_CLAIM_SURVEY, Entitlement.ROADSIDE_RESCUE,
                    Entitlement.GREEN_CHANNEL_SMALL_CLAIMS, Entitlement.RENEWAL_REMINDER), e.entitlements());
            assertEquals("analytics", crm.entitlements().segment(ACTOR, key).orElseThrow().source());
            assertEquals(Set.of(Entitlement.RENEWAL_REMINDER), crm.entitlements().of(ACTOR, none).entitlements(),
                    "unsegmented");

            Map<String, Branch> b2 = Ops.branchTree(configured);
            CustomerId other = Ops.customer(configured, 1, b2.get("NS").id()).id();
            configured.entitlements().setSegment(ACTOR, other, Segment.KEY, "manual");
            assertEquals(Set.of(Entitlement.ROADSIDE_RESCUE, new Entitlement("AIRPORT_LOUNGE")),
                    configured.entitlements().of(ACTOR, other).entitlements());
        }
    }

    private static void log(InsurCrm crm, CustomerId customer, InteractionChannel channel, InteractionType type,
            String at, String staff) {
        crm.interactions().log(ACTOR, new NewInteraction(customer, channel, type, Instant.parse(at), staff, null, null));
    }
}
