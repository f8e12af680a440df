package io.insurcrm.storage.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.claim.NewClaim;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.customer.Relationship;
import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.interaction.NewInteraction;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import io.insurcrm.core.view.Customer360;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The 360° view by every identifier kind, on a fixture whose totals are worked out by hand:
 * customer 王芳 holds an auto policy (5,000.00, in force), a life policy (12,000.00, in force) and an
 * expired property policy (800.00); claims paid 2,500.00 and 900.00, one claim still open. As of
 * 2026-06-30: premium in force 17,000.00, written 17,800.00, paid 3,400.00, loss ratio
 * 3,400 / 17,800 = 0.19101… → 0.1910.
 */
class Customer360ViewTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneOffset.UTC);
    static final Actor ACTOR = Actor.system("test");

    /** Builds the fixture and returns the main customer. */
    static Fixture fixture(InsurCrm crm) {
        crm.branches().create(ACTOR, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
        crm.branches().create(ACTOR, "GD", "广东分公司", BranchLevel.PROVINCE, "HO", "广东");
        Branch sz = crm.branches().create(ACTOR, "GD-SZ", "深圳中心支公司", BranchLevel.CITY, "GD", "广东");
        Customer wang = crm.customers().create(ACTOR, CustomerProfile.individual("王芳")
                .nationalId("11010519491231002X").mobile("13812345678").build(), sz.id());
        Customer li = crm.customers().create(ACTOR, CustomerProfile.individual("李强")
                .nationalId("440300198001010011").mobile("13900001111").build(), sz.id());
        crm.customers().joinHousehold(ACTOR, "H-001", wang.id(), Relationship.HEAD);
        crm.customers().joinHousehold(ACTOR, "H-001", li.id(), Relationship.SPOUSE);

        // the car belonged to 李强 last year: the plate must now lead to 王芳, the latest holder
        crm.policies().issue(ACTOR, new NewPolicy("PA-2025-0009", li.id(), ProductLine.AUTO, "A01",
                SalesChannel.CAR_DEALER, sz.id(), LicencePlate.parse("粤B12345"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), Money.cny("4800.00"), Money.cny("300000.00"), null));
        Policy auto = crm.policies().issue(ACTOR, new NewPolicy("pa-2026-0001", wang.id(), ProductLine.AUTO, "A01",
                SalesChannel.CAR_DEALER, sz.id(), LicencePlate.parse("粤B12345"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), Money.cny("5000.00"), Money.cny("300000.00"), null));
        Policy life = crm.policies().issue(ACTOR, new NewPolicy("LF-2020-0100", wang.id(), ProductLine.LIFE, "L10",
                SalesChannel.AGENT, sz.id(), null, LocalDate.of(2020, 1, 1), LocalDate.of(2040, 12, 31),
                Money.cny("12000.00"), Money.cny("500000.00"), null));
        Policy home = crm.policies().issue(ACTOR, new NewPolicy("PR-2024-0777", wang.id(), ProductLine.PROPERTY,
                "P02", SalesChannel.BRANCH_COUNTER, sz.id(), null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), Money.cny("800.00"), Money.cny("200000.00"), null));
        crm.policies().changeStatus(ACTOR, home.id(), home.version(), PolicyStatus.EXPIRED);

        Claim c1 = crm.claims().file(ACTOR, new NewClaim("CL-1", auto.id(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2), null, Money.cny("3000.00"), null, ClaimStatus.REPORTED, false, "collision"));
        crm.claims().settle(ACTOR, c1.id(), c1.version(), ClaimStatus.PAID, Money.cny("2500.00"),
                LocalDate.of(2026, 3, 20));
        crm.claims().file(ACTOR, new NewClaim("CL-2", auto.id(), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 3),
                null, Money.cny("1000.00"), null, ClaimStatus.REPORTED, false, "glass"));
        crm.claims().file(ACTOR, new NewClaim("CL-3", home.id(), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 2),
                LocalDate.of(2024, 7, 1), Money.cny("900.00"), Money.cny("900.00"), ClaimStatus.PAID, false, "water"));

        for (String[] i : new String[][] {{"2026-02-01T01:00:00Z", "first"}, {"2026-06-01T01:00:00Z", "newest"},
                {"2026-04-01T01:00:00Z", "middle"}}) {
            crm.interactions().log(ACTOR, new NewInteraction(wang.id(), InteractionChannel.CALL_CENTRE,
                    InteractionType.CARE_CALL, Instant.parse(i[0]), "agent-7", i[1], null));
        }
        return new Fixture(wang, li, auto, life, home);
    }

    record Fixture(Customer wang, Customer li, Policy auto, Policy life, Policy home) {
    }

    @StoreTest
    void everyIdentifierKindFindsTheSameCustomer(StoreKind kind) {
        try (InsurCrm crm = TestStores.builder(kind).clock(CLOCK).build()) {
            Fixture f = fixture(crm);
            List<String> identifiers = List.of(
                    f.wang().id().toString(),            // customer id
                    "11010519491231002X",                // 18-digit ID number
                    "11010519491231002x",                // lower-case check character
                    "110105491231002",                   // legacy 15-digit form
                    " 110105 19491231 002X ",            // with spaces
                    "13812345678",                       // mobile
                    "+86 138-1234-5678",                 // mobile, international and dashed
                    "粤B12345",                           // licence plate
                    "粤b·12345",                          // plate, lower case with a middle dot
                    "PA-2026-0001",                      // policy number
                    " lf-2020-0100 ");                   // policy number, other policy, other case
            for (String identifier : identifiers) {
                Customer360 view = crm.views().find(ACTOR, identifier).orElseThrow(
                        () -> new AssertionError("not found by identifier #" + identifiers.indexOf(identifier)));
                assertEquals(f.wang().id(), view.customer().id(), "identifier #" + identifiers.indexOf(identifier));
            }
            assertEquals(f.li().id(), crm.views().find(ACTOR, "PA-2025-0009").orElseThrow().customer().id());
        }
    }

    @StoreTest
    void theViewCarriesProfileHouseholdPoliciesClaimsInteractionsAndTotals(StoreKind kind) {
        try (InsurCrm crm = TestStores.builder(kind).clock(CLOCK).build()) {
            Fixture f = fixture(crm);
            Customer360 v = crm.views().find(ACTOR, "粤B12345").orElseThrow();

            assertEquals("王芳", v.customer().name());
            assertEquals("13812345678", v.customer().mobile());
            assertEquals(LocalDate.of(2026, 6, 30), v.asOf());

            assertEquals("H-001", v.household().orElseThrow().code());
            assertEquals(List.of("HEAD:王芳", "SPOUSE:李强"), v.household().orElseThrow().members().stream()
                    .map(m -> m.relationship() + ":" + m.name()).sorted().toList());

            // newest start first; the claims of each policy newest loss first
            assertEquals(List.of("PA-2026-0001", "PR-2024-0777", "LF-2020-0100"),
                    v.policies().stream().map(p -> p.policy().policyNumber()).toList());
            assertEquals(List.of("CL-2", "CL-1"), v.policies().get(0).claims().stream().map(Claim::claimNumber)
                    .toList());
            assertEquals(List.of("CL-3"), v.policies().get(1).claims().stream().map(Claim::claimNumber).toList());
            assertTrue(v.policies().get(2).claims().isEmpty());
            assertEquals(PolicyStatus.EXPIRED, v.policies().get(1).policy().status());

            assertEquals(List.of("newest", "middle", "first"),
                    v.interactions().stream().map(i -> i.summary()).toList());

            Customer360.Totals t = v.totals();
            assertEquals(2, t.policiesInForce());
            assertEquals(3, t.policiesTotal());
            assertEquals(3, t.claimsTotal());
            assertEquals(Money.cny("17000.00"), t.premiumInForce());
            assertEquals(Money.cny("17800.00"), t.premiumWritten());
            assertEquals(Money.cny("3400.00"), t.claimsPaid());
            assertEquals(new BigDecimal("0.1910"), t.lossRatio().orElseThrow());
        }
    }

    @StoreTest
    void anUnknownIdentifierIsAnEmptyResultNotAnException(StoreKind kind) {
        try (InsurCrm crm = TestStores.builder(kind).clock(CLOCK).build()) {
            fixture(crm);
            for (String unknown : List.of("粤Z99999", "13700000000", "PA-0000-0000", UUID.randomUUID().toString(),
                    "440300198001010038", "", "   ", "!!!")) {
                assertTrue(crm.views().find(ACTOR, unknown).isEmpty(), "found something for an unknown identifier");
            }
        }
    }
}
