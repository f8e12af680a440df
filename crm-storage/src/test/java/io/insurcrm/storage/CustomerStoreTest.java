package io.insurcrm.storage;

import static io.insurcrm.storage.Fixtures.ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.common.ConflictException;
import io.insurcrm.core.common.DuplicateException;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

class CustomerStoreTest {

    @StoreTest
    void storesAndReadsEveryFieldOfAnIndividual(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            Customer created = crm.customers().create(ACTOR, Fixtures.fullIndividual(1), branch.id());

            Customer read = crm.customers().get(ACTOR, created.id()).orElseThrow();

            assertEquals(created, read);
            assertEquals(1, read.version());
            assertEquals("深圳市", read.profile().workAddress().city());
            assertEquals("体育西路2号 3栋", read.profile().homeAddress().line());
        }
    }

    @StoreTest
    void storesACorporateWithoutAddresses(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            CustomerProfile corporate = CustomerProfile.corporate("深圳某某物流有限公司")
                    .organisationCode(Fixtures.organisationCode(7)).industry("物流").build();
            Customer created = crm.customers().create(ACTOR, corporate, branch.id());

            Customer read = crm.customers().get(ACTOR, created.id()).orElseThrow();

            assertEquals(created, read);
            assertEquals(null, read.profile().workAddress());
        }
    }

    @StoreTest
    void unknownCustomerIsEmpty(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            assertTrue(crm.customers().get(ACTOR, new CustomerId(UUID.randomUUID())).isEmpty());
        }
    }

    @StoreTest
    void updateWritesTheNextVersion(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            Customer v1 = crm.customers().create(ACTOR, Fixtures.individual(1), branch.id());
            CustomerProfile changed = v1.profile().toBuilder().employer("新单位").mobile(Fixtures.mobile(99)).build();

            Customer v2 = crm.customers().update(ACTOR, v1.id(), 1, changed);

            Customer read = crm.customers().get(ACTOR, v1.id()).orElseThrow();
            assertEquals(v2, read);
            assertEquals(2, read.version());
            assertEquals("新单位", read.profile().employer());
            assertEquals(Fixtures.mobile(99), read.profile().mobile().value());
        }
    }

    @StoreTest
    void updateWithAStaleVersionConflictsAndChangesNothing(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            Customer v1 = crm.customers().create(ACTOR, Fixtures.individual(1), branch.id());
            Customer v2 = crm.customers().update(ACTOR, v1.id(), 1, v1.profile().toBuilder().employer("A").build());

            ConflictException e = assertThrows(ConflictException.class, () -> crm.customers()
                    .update(ACTOR, v1.id(), 1, v1.profile().toBuilder().employer("B").build()));

            assertEquals("customer", e.entity());
            assertEquals(1, e.expectedVersion());
            assertEquals(v2, crm.customers().get(ACTOR, v1.id()).orElseThrow());
        }
    }

    @StoreTest
    void duplicateNationalIdIsRejectedNamingTheFieldNotTheValue(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            crm.customers().create(ACTOR, Fixtures.individual(1), branch.id());
            CustomerProfile sameId = CustomerProfile.individual("王五").nationalId(Fixtures.nationalId(1)).build();

            DuplicateException e = assertThrows(DuplicateException.class,
                    () -> crm.customers().create(ACTOR, sameId, branch.id()));

            assertEquals("customer", e.entity());
            assertEquals("nationalId", e.field());
            assertFalse(e.getMessage().contains(Fixtures.nationalId(1).value()), e.getMessage());
            assertEquals(null, e.getCause());
        }
    }

    @StoreTest
    void duplicateMobileAndOrganisationCodeAreRejectedByField(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            crm.customers().create(ACTOR, Fixtures.individual(1), branch.id());
            crm.customers().create(ACTOR, CustomerProfile.corporate("甲公司")
                    .organisationCode(Fixtures.organisationCode(1)).build(), branch.id());

            DuplicateException mobile = assertThrows(DuplicateException.class, () -> crm.customers().create(ACTOR,
                    CustomerProfile.individual("赵六").mobile(Fixtures.mobile(1)).build(), branch.id()));
            DuplicateException code = assertThrows(DuplicateException.class, () -> crm.customers().create(ACTOR,
                    CustomerProfile.corporate("乙公司").organisationCode(Fixtures.organisationCode(1)).build(),
                    branch.id()));

            assertEquals("mobile", mobile.field());
            assertEquals("organisationCode", code.field());
        }
    }

    @StoreTest
    void unknownBranchIsAValidationError(StoreKind kind) {
        try (InsurCrm crm = Fixtures.open(kind)) {
            ValidationException e = assertThrows(ValidationException.class, () -> crm.customers()
                    .create(ACTOR, Fixtures.individual(1), new BranchId(UUID.randomUUID())));
            assertEquals("branchId", e.violations().get(0).field());
        }
    }

    /**
     * Two threads both hold version 1 and update at the same moment: exactly one wins, the other
     * gets a conflict, and the stored customer is the winner's at version 2 (no lost update).
     */
    @StoreTest
    void concurrentUpdatesOfOneCustomerLetExactlyOneWin(StoreKind kind) throws Exception {
        try (InsurCrm crm = Fixtures.open(kind)) {
            Branch branch = Fixtures.branchTree(crm);
            Customer v1 = crm.customers().create(ACTOR, Fixtures.individual(1), branch.id());
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Customer>> results = new ArrayList<>();
                for (String employer : List.of("甲", "乙")) {
                    results.add(pool.submit(() -> {
                        Customer seen = crm.customers().get(ACTOR, v1.id()).orElseThrow();
                        CustomerProfile mine = seen.profile().toBuilder().employer(employer).build();
                        start.await(10, TimeUnit.SECONDS);
                        return crm.customers().update(ACTOR, seen.id(), seen.version(), mine);
                    }));
                }
                List<Customer> winners = new ArrayList<>();
                List<ConflictException> losers = new ArrayList<>();
                for (Future<Customer> result : results) {
                    try {
                        winners.add(result.get(30, TimeUnit.SECONDS));
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (!(e.getCause() instanceof ConflictException)) {
                            throw e;
                        }
                        losers.add((ConflictException) e.getCause());
                    }
                }

                assertEquals(1, winners.size(), "winners");
                assertEquals(1, losers.size(), "losers");
                assertEquals(1, losers.get(0).expectedVersion());
                Customer stored = crm.customers().get(ACTOR, v1.id()).orElseThrow();
                assertEquals(2, stored.version());
                assertEquals(winners.get(0), stored);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
