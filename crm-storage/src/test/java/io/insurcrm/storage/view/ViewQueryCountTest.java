package io.insurcrm.storage.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.claim.NewClaim;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import io.insurcrm.storage.testing.StatementLog;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The 360° view is assembled with a bounded number of SQL statements: a customer with one policy
 * and a customer with 15 policies and 30 claims cost the same, counted at the JDBC boundary.
 */
class ViewQueryCountTest {
    private static final Actor ACTOR = Actor.system("test");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneOffset.UTC);

    @StoreTest
    void statementsDoNotGrowWithTheBook(StoreKind kind) {
        StatementLog statements = new StatementLog();
        try (InsurCrm crm = InsurCrm.builder().dataSource(statements.wrap(TestStores.freshDataSource(kind)), null)
                .clock(CLOCK).build()) {
            crm.branches().create(ACTOR, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, null);
            Branch gd = crm.branches().create(ACTOR, "GD", "广东分公司", BranchLevel.PROVINCE, "HO", "广东");
            Customer small = crm.customers().create(ACTOR, CustomerProfile.individual("甲")
                    .nationalId("11010519491231002X").build(), gd.id());
            Customer big = crm.customers().create(ACTOR, CustomerProfile.individual("乙")
                    .nationalId("440300198001010011").build(), gd.id());
            issue(crm, small, gd, 0, 0);
            for (int i = 1; i <= 15; i++) {
                issue(crm, big, gd, i, 2);
            }

            statements.clear();
            assertEquals(1, crm.views().find(ACTOR, "粤B10000").orElseThrow().policies().size());
            int forOnePolicy = statements.size();
            statements.clear();
            assertEquals(15, crm.views().find(ACTOR, "粤B10015").orElseThrow().policies().size());
            int forFifteen = statements.size();

            assertEquals(forOnePolicy, forFifteen, "the view must not issue one query per policy or claim");
            // the customer by identifier within the scope with his household, policies with claims, interactions,
            // and the staged audit entry of the read in clear (on PostgreSQL inserted by the interactions
            // statement, WITH staged AS (INSERT ...) SELECT ...); no branch table for a scope of all customers
            if (kind == StoreKind.POSTGRES) {
                assertEquals(3, forFifteen, "customer and household + policies and claims + interactions with audit");
            } else {
                assertEquals(4, forFifteen, "customer and household + policies and claims + interactions + audit");
            }
        }
    }

    private static void issue(InsurCrm crm, Customer holder, Branch branch, int n, int claims) {
        Policy p = crm.policies().issue(ACTOR, new NewPolicy("PA-" + n, holder.id(), ProductLine.AUTO, null,
                SalesChannel.AGENT, branch.id(), LicencePlate.parse("粤B1" + String.format("%04d", n)),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Money.cny("1000.00"), null, null));
        for (int c = 0; c < claims; c++) {
            crm.claims().file(ACTOR, new NewClaim("CL-" + n + "-" + c, p.id(), LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 2, 2), null, Money.cny("100.00"), null, ClaimStatus.REPORTED, false, null));
        }
    }
}
