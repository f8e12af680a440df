package io.insurcrm.storage.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.insurcrm.core.application.CoreModule;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionId;
import io.insurcrm.core.interaction.InteractionRepository;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.interaction.NewInteraction;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.PolicyRepository;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import io.insurcrm.core.store.StoreOptions;
import io.insurcrm.storage.Fixtures;
import io.insurcrm.storage.StorageModule;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code PolicyRepository.insertNew} and {@code InteractionRepository.insertNew} as the stores run
 * them (PostgreSQL: {@code INSERT … ON CONFLICT DO NOTHING RETURNING}; H2: {@code SELECT … FROM FINAL
 * TABLE (INSERT … SELECT * FROM UNNEST(…) WHERE NOT EXISTS …)}, each column bound as one array): every
 * column of a new row is stored as given, values and nulls alike; a stored key is named and its row
 * left as it was; 1,502 rows cross the 1,000-row chunk.
 */
class InsertNewStoreTest {
    private static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");
    private static final Instant LATER = Instant.parse("2026-07-01T08:15:30Z");

    @StoreTest
    void policiesAreInsertedColumnForColumnAndStoredNumbersNamed(StoreKind kind) {
        try (StorageModule storage = StorageModule.open(TestStores.freshLocation(kind), StoreOptions.DEFAULTS)) {
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new CoreModule(), storage);
            PolicyRepository policies = injector.getInstance(PolicyRepository.class);
            BranchId head = headOffice(injector);
            CustomerId holder1 = customer(injector, 1, head);
            CustomerId holder2 = customer(injector, 2, head);

            // every optional column set, and every optional column empty
            Policy full = Policy.issue(new PolicyId(UUID.randomUUID()), new NewPolicy("PN-1", holder1,
                    ProductLine.AUTO, "AUTO-2026", SalesChannel.BROKER, head, LicencePlate.parse("粤B12345"),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Money.cny("5000.05"),
                    Money.cny("300000.00"), "PN-0"), PolicyStatus.IN_FORCE, NOW);
            Policy bare = Policy.issue(new PolicyId(UUID.randomUUID()), new NewPolicy("PN-2", holder2,
                    ProductLine.LIFE, null, SalesChannel.AGENT, head, null, LocalDate.of(2020, 2, 29),
                    LocalDate.of(2040, 2, 28), Money.cny("0.00"), null, null), PolicyStatus.LAPSED, NOW);
            assertEquals(Set.of(), policies.insertNew(List.of(full, bare)));
            assertEquals(full, policies.findByNumber("PN-1").orElseThrow());
            assertEquals(bare, policies.findByNumber("PN-2").orElseThrow());

            // 1,502 rows: PN-2 again (other holder, premium and status) and 1,501 new ones
            List<Policy> batch = new ArrayList<>();
            for (int i = 3; i < 1_504; i++) {
                batch.add(Policy.issue(new PolicyId(UUID.randomUUID()), new NewPolicy("PN-" + i,
                        i % 2 == 0 ? holder1 : holder2, ProductLine.HEALTH, null, SalesChannel.ONLINE, head, null,
                        LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), Money.cny(i + ".50"), null, null),
                        PolicyStatus.IN_FORCE, LATER));
            }
            Policy other = Policy.issue(new PolicyId(UUID.randomUUID()), new NewPolicy("PN-2", holder1,
                    ProductLine.AUTO, null, SalesChannel.AGENT, head, null, LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31), Money.cny("99.00"), null, null), PolicyStatus.IN_FORCE, LATER);
            batch.add(1_200, other);
            assertEquals(Set.of("PN-2"), policies.insertNew(batch));
            assertEquals(1_503, policies.count());
            assertEquals(bare, policies.findByNumber("PN-2").orElseThrow());
            assertEquals(batch.get(0), policies.findByNumber("PN-3").orElseThrow());
            assertEquals("1503.50", policies.findByNumber("PN-1503").orElseThrow().premium().amount().toPlainString());
            assertEquals(batch.get(1_501), policies.findByNumber("PN-1503").orElseThrow());

            // a re-run of the same rows inserts nothing and names every number
            assertEquals(Set.of("PN-1", "PN-2"), policies.insertNew(List.of(full, other)));
            assertEquals(1_503, policies.count());
        }
    }

    @StoreTest
    void interactionsAreInsertedColumnForColumnAndStoredReferencesNamed(StoreKind kind) {
        try (StorageModule storage = StorageModule.open(TestStores.freshLocation(kind), StoreOptions.DEFAULTS)) {
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new CoreModule(), storage);
            InteractionRepository interactions = injector.getInstance(InteractionRepository.class);
            BranchId head = headOffice(injector);
            CustomerId customer1 = customer(injector, 1, head);
            CustomerId customer2 = customer(injector, 2, head);

            Interaction full = Interaction.record(new InteractionId(UUID.randomUUID()), new NewInteraction(customer1,
                    InteractionChannel.WEB, InteractionType.INQUIRY, Instant.parse("2026-06-01T09:00:00.123456Z"),
                    "S1", "询价：车险续保", "IR-1"), NOW);
            Interaction bare = Interaction.record(new InteractionId(UUID.randomUUID()), new NewInteraction(customer2,
                    InteractionChannel.SMS, InteractionType.EVENT, Instant.parse("2026-06-02T10:30:00Z"), null, null,
                    "IR-2"), NOW);
            assertEquals(Set.of(), interactions.insertNew(List.of(full, bare)));
            assertEquals(List.of(full), interactions.findRecentByCustomer(customer1, 10));
            assertEquals(List.of(bare), interactions.findRecentByCustomer(customer2, 10));

            // 1,502 rows: IR-1 again (other customer and summary) and 1,501 new ones of customer 2
            List<Interaction> batch = new ArrayList<>();
            for (int i = 3; i < 1_504; i++) {
                batch.add(Interaction.record(new InteractionId(UUID.randomUUID()), new NewInteraction(customer2,
                        InteractionChannel.CALL_CENTRE, InteractionType.CARE_CALL, LATER.minusSeconds(i), "S" + i,
                        null, "IR-" + i), LATER));
            }
            batch.add(700, Interaction.record(new InteractionId(UUID.randomUUID()), new NewInteraction(customer2,
                    InteractionChannel.EMAIL, InteractionType.INQUIRY, LATER, null, "另一条", "IR-1"), LATER));
            assertEquals(Set.of("IR-1"), interactions.insertNew(batch));
            assertEquals(1_503, interactions.count());
            assertEquals(List.of(full), interactions.findRecentByCustomer(customer1, 10));
            List<Interaction> recent = interactions.findRecentByCustomer(customer2, 2);
            assertEquals(List.of(batch.get(0), batch.get(1)), recent);
            assertTrue(interactions.insertNew(List.of(full, bare)).containsAll(Set.of("IR-1", "IR-2")));
            assertEquals(1_503, interactions.count());
        }
    }

    private static BranchId headOffice(Injector injector) {
        Branch head = new Branch(new BranchId(UUID.randomUUID()), "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
        injector.getInstance(BranchRepository.class).insert(head);
        return head.id();
    }

    private static CustomerId customer(Injector injector, int n, BranchId branch) {
        Customer c = new Customer(new CustomerId(UUID.randomUUID()), 1,
                CustomerProfile.individual("客户" + n).nationalId(Fixtures.anyNationalId(n)).build(), branch, NOW, NOW);
        injector.getInstance(CustomerRepository.class).insert(c);
        return c.id();
    }
}
