package io.insurcrm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.insurcrm.core.application.CoreModule;
import io.insurcrm.core.common.ConflictException;
import io.insurcrm.core.common.DuplicateException;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.PolicyRepository;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.store.StoreOptions;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The ports as a host composing its own injector sees them ({@link StorageModule} + {@link CoreModule}):
 * batches larger than one chunk, all-or-nothing batch updates, and transactions that nest by joining.
 */
class StorageModuleBatchTest {
    private static final Instant NOW = Fixtures.CLOCK.instant();
    private static final int MANY = 2_500;

    @StoreTest
    void insertsAndFindsMoreCustomersThanOneChunk(StoreKind kind) {
        try (StorageModule storage = StorageModule.open(TestStores.freshLocation(kind), StoreOptions.DEFAULTS)) {
            Injector injector = injector(storage);
            CustomerRepository customers = injector.getInstance(CustomerRepository.class);
            BranchId branch = headOffice(injector);
            List<Customer> batch = IntStream.range(0, MANY).mapToObj(i -> customer(i, branch))
                    .collect(Collectors.toList());

            customers.insertAll(batch);

            assertEquals(MANY, customers.count());
            List<NationalIdNumber> ids = batch.stream().map(c -> c.profile().nationalId()).collect(Collectors.toList());
            Map<NationalIdNumber, Customer> found = customers.findByNationalIds(ids);
            assertEquals(MANY, found.size());
            assertEquals(batch.get(MANY - 1), found.get(ids.get(MANY - 1)));
            Map<CustomerId, Customer> byId = customers.findByIds(
                    batch.stream().map(Customer::id).collect(Collectors.toList()));
            assertEquals(batch.get(1234), byId.get(batch.get(1234).id()));
        }
    }

    @StoreTest
    void aDuplicateInsideABatchInsertsNothing(StoreKind kind) {
        try (StorageModule storage = StorageModule.open(TestStores.freshLocation(kind), StoreOptions.DEFAULTS)) {
            Injector injector = injector(storage);
            CustomerRepository customers = injector.getInstance(CustomerRepository.class);
            BranchId branch = headOffice(injector);
            List<Customer> batch = new ArrayList<>();
            for (int i = 0; i < 1_500; i++) {
                batch.add(customer(i, branch));
            }
            Customer twin = customer(3, branch);
            batch.add(new Customer(new CustomerId(UUID.randomUUID()), 1, twin.profile().toBuilder().mobile((String) null)
                    .build(), branch, NOW, NOW));

            DuplicateException e = assertThrows(DuplicateException.class, () -> customers.insertAll(batch));

            assertEquals("nationalId", e.field());
            assertEquals(0, customers.count());
        }
    }

    @StoreTest
    void oneStaleRowFailsTheWholeBatchUpdate(StoreKind kind) {
        try (StorageModule storage = StorageModule.open(TestStores.freshLocation(kind), StoreOptions.DEFAULTS)) {
            Injector injector = injector(storage);
            CustomerRepository customers = injector.getInstance(CustomerRepository.class);
            BranchId branch = headOffice(injector);
            List<Customer> v1 = IntStream.range(0, 3).mapToObj(i -> customer(i, branch)).collect(Collectors.toList());
            customers.insertAll(v1);
            List<Customer> v2 = v1.stream().map(c -> c.withProfile(c.profile().toBuilder().employer("新").build(),
                    branch, NOW)).collect(Collectors.toList());
            Customer staleThird = new Customer(v1.get(2).id(), 5, v1.get(2).profile(), branch, NOW, NOW);

            ConflictException e = assertThrows(ConflictException.class,
                    () -> customers.updateAll(List.of(v2.get(0), v2.get(1), staleThird)));

            assertEquals(v1.get(2).id().toString(), e.id());
            assertEquals(4, e.expectedVersion());
            assertEquals(Map.of(v1.get(0).id(), v1.get(0), v1.get(1).id(), v1.get(1), v1.get(2).id(), v1.get(2)),
                    customers.findByIds(v1.stream().map(Customer::id).collect(Collectors.toList())));
            customers.updateAll(v2);
            assertEquals(v2.get(2), customers.findById(v2.get(2).id()).orElseThrow());
        }
    }

    @StoreTest
    void nestedTransactionsJoinTheOuterOneAndRollBackTogether(StoreKind kind) {
        try (StorageModule storage = StorageModule.open(TestStores.freshLocation(kind), StoreOptions.DEFAULTS)) {
            Injector injector = injector(storage);
            TransactionRunner tx = injector.getInstance(TransactionRunner.class);
            BranchRepository branches = injector.getInstance(BranchRepository.class);
            Branch head = new Branch(new BranchId(UUID.randomUUID()), "HO", "总公司", BranchLevel.HEAD_OFFICE, null, null);
            Branch province = new Branch(new BranchId(UUID.randomUUID()), "GD", "广东", BranchLevel.PROVINCE,
                    head.id(), null);

            IllegalStateException e = assertThrows(IllegalStateException.class, () -> tx.run(() -> {
                branches.insert(head);
                tx.run(() -> branches.insert(province));
                // the inner unit of work is visible to the outer one: same connection, same transaction
                assertEquals(2, branches.findAll().size());
                throw new IllegalStateException("boom");
            }));

            assertEquals("boom", e.getMessage());
            assertTrue(branches.findAll().isEmpty());
            tx.run(() -> {
                branches.insert(head);
                tx.run(() -> branches.insert(province));
            });
            assertEquals(List.of(head, province), branches.findAll());
        }
    }

    @StoreTest
    void policyBatchesAndForeignKeysAreTranslated(StoreKind kind) {
        try (StorageModule storage = StorageModule.open(TestStores.freshLocation(kind), StoreOptions.DEFAULTS)) {
            Injector injector = injector(storage);
            CustomerRepository customers = injector.getInstance(CustomerRepository.class);
            PolicyRepository policies = injector.getInstance(PolicyRepository.class);
            BranchId branch = headOffice(injector);
            Customer holder = customer(1, branch);
            customers.insert(holder);
            List<Policy> book = IntStream.range(0, 1_200).mapToObj(i -> policy("P-" + i, holder.id(), branch))
                    .collect(Collectors.toList());

            policies.insertAll(book);
            policies.updateAll(book.stream().map(p -> p.withStatus(PolicyStatus.EXPIRED, NOW))
                    .collect(Collectors.toList()));

            assertEquals(1_200, policies.count());
            assertEquals(PolicyStatus.EXPIRED, policies.findByNumbers(List.of("P-7", "P-1100")).get("P-1100").status());
            ValidationException orphan = assertThrows(ValidationException.class, () -> policies.insert(
                    policy("P-X", new CustomerId(UUID.randomUUID()), branch)));
            assertEquals("holderId", orphan.violations().get(0).field());
        }
    }

    private static Injector injector(StorageModule storage) {
        return Guice.createInjector(Stage.PRODUCTION, new CoreModule(), storage);
    }

    private static BranchId headOffice(Injector injector) {
        Branch head = new Branch(new BranchId(UUID.randomUUID()), "HO", "总公司", BranchLevel.HEAD_OFFICE, null, null);
        injector.getInstance(BranchRepository.class).insert(head);
        return head.id();
    }

    private static Customer customer(int n, BranchId branch) {
        return new Customer(new CustomerId(UUID.randomUUID()), 1,
                io.insurcrm.core.customer.CustomerProfile.individual("客户" + n).nationalId(Fixtures.anyNationalId(n))
                        .mobile(Fixtures.mobile(n)).build(), branch, NOW, NOW);
    }

    private static Policy policy(String number, CustomerId holder, BranchId branch) {
        return Policy.issue(new PolicyId(UUID.randomUUID()),
                Fixtures.autoPolicy(number, holder, branch, "粤B12345", LocalDate.of(2023, 1, 1)),
                PolicyStatus.IN_FORCE, NOW);
    }
}
