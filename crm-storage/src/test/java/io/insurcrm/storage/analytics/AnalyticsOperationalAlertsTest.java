package io.insurcrm.storage.analytics;

import io.insurcrm.storage.testing.MutableClock;
import static io.insurcrm.storage.Fixtures.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.analytics.AnalyticsService;
import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.Severity;
import io.insurcrm.analytics.rules.BuiltInAlertRules;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.blacklist.NewBlacklistEntry;
import io.insurcrm.core.blacklist.PersonKey;
import io.insurcrm.core.complaint.Complaint;
import io.insurcrm.core.complaint.ComplaintCategory;
import io.insurcrm.core.complaint.ComplaintState;
import io.insurcrm.core.complaint.ComplaintTransition;
import io.insurcrm.core.complaint.NewComplaint;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.storage.Fixtures;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * The blacklist-match and complaint-SLA alert rules over the real blacklist and complaint tables, as of
 * 2026-01-31 in Asia/Shanghai: the as-of day ends at 2026-02-01T00:00+08:00 = 2026-01-31T16:00Z ("END").
 */
class AnalyticsOperationalAlertsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);
    private static final Instant END = Instant.parse("2026-01-31T16:00:00Z");
    private static final LocalDate BORN = LocalDate.of(1975, 3, 3);

    @StoreTest
    void blacklistMatchesAndSlaBreachesRaiseTheirAlerts(StoreKind kind) {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-28T02:00:00Z"));
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).build()) {
            BranchId ns = Fixtures.branchTree(crm).id();
            CustomerId[] c = new CustomerId[8];
            for (int n = 1; n <= 7; n++) {
                CustomerProfile.Builder p = n == 3 ? CustomerProfile.individual("李 四").dateOfBirth(BORN)
                        : n == 4 ? CustomerProfile.individual("王五").dateOfBirth(BORN)
                        : CustomerProfile.individual("客户" + n).nationalId(Fixtures.anyNationalId(n))
                                .mobile(Fixtures.mobile(n));
                c[n] = crm.customers().create(ACTOR, p.build(), ns).id();
            }

            clock.set(Instant.parse("2026-01-29T02:00:00Z"));
            // c1: national ID, company-wide, open-ended → match
            list(crm, new PersonKey(Fixtures.anyNationalId(1), null, null, null), null, null);
            // c2: mobile (typed with +86 and spaces), revoked on 2026-01-29 → no match
            var revoked = list(crm, new PersonKey(null, MobileNumber.parse("+86 " + Fixtures.mobile(2)), null, null),
                    null, null);
            crm.blacklist().revoke(ACTOR, revoked, 1);
            // c3: name + birth date, the name compacted ("李 四" = "李四") → match
            list(crm, new PersonKey(null, null, "李四", BORN), null, null);
            // c4 shares only the birth date with that entry → no match
            // c5: starts at END (the next day) → no match
            list(crm, new PersonKey(Fixtures.anyNationalId(5), null, null, null), END, null);
            // c6: expires exactly at END, so active all through the as-of day → match
            list(crm, new PersonKey(null, MobileNumber.parse(Fixtures.mobile(6)), null, null), null, END);
            // c7: expires one second before END → no match
            list(crm, new PersonKey(Fixtures.anyNationalId(7), null, null, null), null, END.minusSeconds(1));

            // complaints received 2026-01-29T02:00Z: RECEIVED and CONFIRMED deadlines are one day later
            receive(crm, c[1], ns);                                             // open, late → 1
            Complaint rejected = receive(crm, c[1], ns);
            crm.complaints().transition(ACTOR, rejected.id(), 1, ComplaintTransition.to(ComplaintState.REJECTED));
            Complaint confirmed = receive(crm, c[3], ns);                        // CONFIRMED, late
            crm.complaints().transition(ACTOR, confirmed.id(), 1, ComplaintTransition.to(ComplaintState.CONFIRMED));
            receive(crm, c[3], ns);                                             // late → c3 has 2
            clock.set(END.minusSeconds(1).minusSeconds(86_400));
            receive(crm, c[5], ns);                                             // deadline END − 1 s → late
            clock.set(END.minusSeconds(86_400));
            receive(crm, c[6], ns);                                             // deadline = END → not late
            clock.set(Instant.parse("2026-01-31T10:00:00Z"));
            receive(crm, c[4], ns);                                             // deadline 2026-02-01T10:00Z

            AnalyticsService analytics = crm.service(AnalyticsService.class);
            assertEquals(ZoneId.of("Asia/Shanghai"), analytics.settings().zone());
            analytics.run(ACTOR, AS_OF);
            Map<String, String> expected = new TreeMap<>();
            expected.put(key(BuiltInAlertRules.BLACKLIST_MATCH, c, 1), "matches an active blacklist entry");
            expected.put(key(BuiltInAlertRules.BLACKLIST_MATCH, c, 3), "matches an active blacklist entry");
            expected.put(key(BuiltInAlertRules.BLACKLIST_MATCH, c, 6), "matches an active blacklist entry");
            expected.put(key(BuiltInAlertRules.COMPLAINT_SLA_BREACH, c, 1), "1 complaints past their SLA deadline");
            expected.put(key(BuiltInAlertRules.COMPLAINT_SLA_BREACH, c, 3), "2 complaints past their SLA deadline");
            expected.put(key(BuiltInAlertRules.COMPLAINT_SLA_BREACH, c, 5), "1 complaints past their SLA deadline");
            Map<String, String> actual = new TreeMap<>();
            for (Alert a : analytics.alerts(ACTOR, AS_OF, Severity.LOW, 100)) {
                if (a.ruleId().equals(BuiltInAlertRules.BLACKLIST_MATCH)
                        || a.ruleId().equals(BuiltInAlertRules.COMPLAINT_SLA_BREACH)) {
                    assertEquals(Severity.HIGH, a.severity());
                    actual.put(a.ruleId() + ":" + index(c, a.customerId()), a.reason());
                }
            }
            assertEquals(expected, actual);
            assertEquals(3L, analytics.alertCounts(ACTOR, AS_OF).get(BuiltInAlertRules.BLACKLIST_MATCH));
            assertEquals(3L, analytics.alertCounts(ACTOR, AS_OF).get(BuiltInAlertRules.COMPLAINT_SLA_BREACH));
        }
    }

    private static io.insurcrm.core.blacklist.BlacklistEntryId list(InsurCrm crm, PersonKey person, Instant startsAt,
            Instant expiresAt) {
        return crm.blacklist().add(ACTOR, new NewBlacklistEntry(person, "FRAUD", null, null, startsAt, expiresAt))
                .id();
    }

    private static Complaint receive(InsurCrm crm, CustomerId customer, BranchId branch) {
        return crm.complaints().receive(ACTOR,
                new NewComplaint(customer, null, ComplaintCategory.SERVICE_ATTITUDE, null, null, branch));
    }

    private static String key(String rule, CustomerId[] c, int n) {
        return rule + ":" + n;
    }

    private static int index(CustomerId[] c, CustomerId id) {
        for (int n = 1; n < c.length; n++) {
            if (id.equals(c[n])) {
                return n;
            }
        }
        return -1;
    }
}
