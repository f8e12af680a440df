package io.insurcrm.storage;

import static io.insurcrm.storage.Fixtures.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.common.DuplicateException;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.Household;
import io.insurcrm.core.customer.Relationship;
import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.interaction.NewInteraction;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import java.time.Instant;
import java.util.List;

class InteractionAndHouseholdStoreTest {
    private static final Instant T0 = Instant.parse("2024-03-01T02:00:00Z");

    @StoreTest
    void recentInteractionsAreNewestFirstAndLimited(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            Customer customer = crm.customers().create(ACTOR, Fixtures.individual(1), branch.id());
            Interaction oldest = log(crm, customer, T0, "CC-1");
            Interaction middle = log(crm, customer, T0.plusSeconds(60), null);
            Interaction newest = log(crm, customer, T0.plusSeconds(3600), "CC-3");

            assertEquals(List.of(newest, middle), crm.interactions().recent(ACTOR, customer.id(), 2));
            assertEquals(List.of(newest, middle, oldest), crm.interactions().recent(ACTOR, customer.id(), 10));
            assertTrue(crm.interactions().recent(ACTOR, customer.id(), 0).isEmpty());
        }
    }

    @StoreTest
    void duplicateSourceReferenceIsRejected(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            Customer customer = crm.customers().create(ACTOR, Fixtures.individual(1), branch.id());
            log(crm, customer, T0, "CC-1");

            DuplicateException e = assertThrows(DuplicateException.class, () -> log(crm, customer, T0, "CC-1"));

            assertEquals("interaction", e.entity());
            assertEquals("sourceRef", e.field());
        }
    }

    @StoreTest
    void householdIsReadWithAllMembersAndTheirNames(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            Customer head = crm.customers().create(ACTOR, Fixtures.individual(1), branch.id());
            Customer spouse = crm.customers().create(ACTOR, Fixtures.individual(2), branch.id());
            Customer child = crm.customers().create(ACTOR, Fixtures.individual(3), branch.id());
            crm.customers().joinHousehold(ACTOR, "F-001", child.id(), Relationship.CHILD);
            crm.customers().joinHousehold(ACTOR, "F-001", head.id(), Relationship.HEAD);
            Household joined = crm.customers().joinHousehold(ACTOR, "F-001", spouse.id(), Relationship.SPOUSE);

            Household read = crm.customers().household(ACTOR, child.id()).orElseThrow();

            assertEquals(joined, read);
            assertEquals("F-001", read.code());
            assertEquals(List.of(
                    new Household.Member(head.id(), head.profile().name(), Relationship.HEAD),
                    new Household.Member(spouse.id(), spouse.profile().name(), Relationship.SPOUSE),
                    new Household.Member(child.id(), child.profile().name(), Relationship.CHILD)), read.members());
        }
    }

    @StoreTest
    void joiningAnotherHouseholdMovesTheCustomer(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            Customer a = crm.customers().create(ACTOR, Fixtures.individual(1), branch.id());
            Customer b = crm.customers().create(ACTOR, Fixtures.individual(2), branch.id());
            Household first = crm.customers().joinHousehold(ACTOR, "F-1", a.id(), Relationship.HEAD);
            crm.customers().joinHousehold(ACTOR, "F-1", b.id(), Relationship.CHILD);

            Household second = crm.customers().joinHousehold(ACTOR, "F-2", b.id(), Relationship.HEAD);

            assertEquals(List.of(new Household.Member(a.id(), a.profile().name(), Relationship.HEAD)),
                    crm.customers().household(ACTOR, a.id()).orElseThrow().members());
            assertEquals(second, crm.customers().household(ACTOR, b.id()).orElseThrow());
            assertTrue(!first.id().equals(second.id()));
            assertTrue(crm.customers().household(ACTOR,
                    crm.customers().create(ACTOR, Fixtures.individual(3), branch.id()).id()).isEmpty());
        }
    }

    private static Interaction log(InsurCrm crm, Customer customer, Instant at, String sourceRef) {
        return crm.interactions().log(ACTOR, new NewInteraction(customer.id(), InteractionChannel.CALL_CENTRE,
                InteractionType.CARE_CALL, at, "staff-7", "回访：客户满意", sourceRef));
    }
}
