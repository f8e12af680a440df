package io.insurcrm.storage;

import static io.insurcrm.storage.Fixtures.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.claim.NewClaim;
import io.insurcrm.core.common.ConflictException;
import io.insurcrm.core.common.DuplicateException;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.PremiumPayment;
import io.insurcrm.core.view.Customer360;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

class PolicyAndClaimStoreTest {
    private static final LocalDate JAN_2022 = LocalDate.of(2022, 1, 1);
    private static final LocalDate JAN_2023 = LocalDate.of(2023, 1, 1);

    @StoreTest
    void issuesPoliciesAndFindsThemByHolderNumberAndPlate(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            Customer seller = crm.customers().create(ACTOR, Fixtures.individual(1), branch.id());
            Customer buyer = crm.customers().create(ACTOR, Fixtures.individual(2), branch.id());
            Policy old = crm.policies().issue(ACTOR,
                    Fixtures.autoPolicy("P20221", seller.id(), branch.id(), "粤B12345", JAN_2022));
            Policy renewed = crm.policies().issue(ACTOR,
                    Fixtures.autoPolicy("P20231", seller.id(), branch.id(), "粤B99999", JAN_2023));
            Policy carSold = crm.policies().issue(ACTOR,
                    Fixtures.autoPolicy("P20232", buyer.id(), branch.id(), "粤B12345", JAN_2023));

            assertEquals(old, crm.policies().findByNumber(ACTOR, "P20221").orElseThrow());
            assertEquals(List.of(renewed, old), crm.policies().ofCustomer(ACTOR, seller.id()));
            assertEquals(Money.cny("3200.50"), carSold.premium());
            Customer360 byPlate = crm.views().find(ACTOR, "粤B·12345").orElseThrow();
            assertEquals(buyer.id(), byPlate.customer().id());
            // no separators: CustomerLookup compacts the raw string (drops '-') before a policy-number lookup
            Customer360 byNumber = crm.views().find(ACTOR, "P20221").orElseThrow();
            assertEquals(seller.id(), byNumber.customer().id());
            assertEquals(2, byNumber.policies().size());
        }
    }

    @StoreTest
    void statusChangesAreVersionedAndPaymentsListedByDueDate(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            Customer holder = crm.customers().create(ACTOR, Fixtures.individual(1), branch.id());
            Policy policy = crm.policies().issue(ACTOR,
                    Fixtures.autoPolicy("P-1", holder.id(), branch.id(), "粤B12345", JAN_2023));
            PremiumPayment second = crm.policies().recordPayment(ACTOR, policy.id(), JAN_2023.plusMonths(6), null,
                    Money.cny("1600.25"));
            PremiumPayment first = crm.policies().recordPayment(ACTOR, policy.id(), JAN_2023, JAN_2023,
                    Money.cny("1600.25"));

            Policy lapsed = crm.policies().changeStatus(ACTOR, policy.id(), 1, PolicyStatus.LAPSED);

            assertEquals(lapsed, crm.policies().get(ACTOR, policy.id()).orElseThrow());
            assertEquals(2, lapsed.version());
            assertThrows(ConflictException.class,
                    () -> crm.policies().changeStatus(ACTOR, policy.id(), 1, PolicyStatus.CANCELLED));
            assertEquals(PolicyStatus.LAPSED, crm.policies().get(ACTOR, policy.id()).orElseThrow().status());
            assertEquals(List.of(first, second), crm.policies().payments(ACTOR, policy.id()));
        }
    }

    @StoreTest
    void duplicatePolicyNumberIsRejected(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            Customer holder = crm.customers().create(ACTOR, Fixtures.individual(1), branch.id());
            crm.policies().issue(ACTOR, Fixtures.autoPolicy("P-1", holder.id(), branch.id(), "粤B12345", JAN_2023));

            DuplicateException e = assertThrows(DuplicateException.class, () -> crm.policies().issue(ACTOR,
                    Fixtures.autoPolicy("P-1", holder.id(), branch.id(), "粤B54321", JAN_2023)));

            assertEquals("policy", e.entity());
            assertEquals("policyNumber", e.field());
        }
    }

    @StoreTest
    void filesAndSettlesClaimsNewestLossFirst(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            Customer holder = crm.customers().create(ACTOR, Fixtures.individual(1), branch.id());
            Policy policy = crm.policies().issue(ACTOR,
                    Fixtures.autoPolicy("P-1", holder.id(), branch.id(), "粤B12345", JAN_2023));
            Claim early = crm.claims().file(ACTOR, claim("C-1", policy, LocalDate.of(2023, 3, 1)));
            Claim late = crm.claims().file(ACTOR, claim("C-2", policy, LocalDate.of(2023, 9, 1)));

            Claim paid = crm.claims().settle(ACTOR, early.id(), 1, ClaimStatus.PAID, Money.cny("800.00"),
                    LocalDate.of(2023, 3, 20));

            assertEquals(paid, crm.claims().get(ACTOR, early.id()).orElseThrow());
            assertEquals(2, paid.version());
            assertEquals(Money.cny("800"), paid.paidAmount());
            assertEquals(holder.id(), paid.customerId());
            assertEquals(List.of(late.id(), early.id()), crm.claims().ofCustomer(ACTOR, holder.id()).stream()
                    .map(Claim::id).collect(Collectors.toList()));
            assertThrows(ConflictException.class, () -> crm.claims().settle(ACTOR, early.id(), 1, ClaimStatus.DENIED,
                    null, LocalDate.of(2023, 3, 21)));
            DuplicateException duplicate = assertThrows(DuplicateException.class,
                    () -> crm.claims().file(ACTOR, claim("C-2", policy, LocalDate.of(2023, 10, 1))));
            assertEquals("claimNumber", duplicate.field());
        }
    }

    private static NewClaim claim(String number, Policy policy, LocalDate loss) {
        return new NewClaim(number, policy.id(), loss, loss.plusDays(1), null, Money.cny("1000.00"), null,
                ClaimStatus.REPORTED, false, "碰撞");
    }
}
