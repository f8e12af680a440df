package io.insurcrm.storage.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.insurcrm.core.application.CoreModule;
import io.insurcrm.core.blacklist.BlacklistEntry;
import io.insurcrm.core.blacklist.BlacklistEntryId;
import io.insurcrm.core.blacklist.BlacklistRepository;
import io.insurcrm.core.blacklist.PersonKey;
import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.claim.ClaimId;
import io.insurcrm.core.claim.ClaimRepository;
import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.claim.NewClaim;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.customer.HouseholdId;
import io.insurcrm.core.customer.HouseholdMembership;
import io.insurcrm.core.customer.HouseholdRepository;
import io.insurcrm.core.customer.Relationship;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The key-only lookups the bulk import resolves its batches with: key to id for customers, which
 * policy and claim numbers exist, policy number to (id, holder, currency), branch code to id,
 * household code to id and the memberships of stored customers, and whether the blacklist holds
 * any entry. Each lookup binds its keys as one array ({@code key = ANY(?)}); key lists cross the
 * 1,000-key chunk (1,502 keys: a chunk of 1,000, then one of 502), hold repeated keys, and mix
 * stored keys with unknown ones.
 */
class ImportLookupTest {
    private static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");
    private static final int INDIVIDUALS = 1_200;

    @StoreTest
    void keyOnlyLookupsFindExactlyTheStoredKeys(StoreKind kind) {
        try (StorageModule storage = StorageModule.open(TestStores.freshLocation(kind), StoreOptions.DEFAULTS)) {
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new CoreModule(), storage);
            CustomerRepository customers = injector.getInstance(CustomerRepository.class);
            PolicyRepository policies = injector.getInstance(PolicyRepository.class);
            ClaimRepository claims = injector.getInstance(ClaimRepository.class);
            Branch head = headOffice(injector);

            List<Customer> stored = individuals(head.id());
            Customer corporate = customer(CustomerProfile.corporate("某某科技有限公司")
                    .organisationCode(organisationCode(1)).build(), head.id());
            stored.add(corporate);
            customers.insertAll(stored);

            // 1,200 stored + 300 unknown ID numbers
            List<NationalIdNumber> nids = new ArrayList<>();
            for (int i = 0; i < INDIVIDUALS + 300; i++) {
                nids.add(Fixtures.anyNationalId(i));
            }
            Map<NationalIdNumber, CustomerId> ids = customers.findIdsByNationalIds(nids);
            assertEquals(INDIVIDUALS, ids.size());
            assertEquals(stored.get(0).id(), ids.get(Fixtures.anyNationalId(0)));
            assertEquals(stored.get(1_199).id(), ids.get(Fixtures.anyNationalId(1_199)));
            assertFalse(ids.containsKey(Fixtures.anyNationalId(1_200)));

            // 3 keys, one stored
            Map<OrganisationCode, CustomerId> orgs = customers.findIdsByOrganisationCodes(
                    List.of(organisationCode(2), organisationCode(1), organisationCode(3)));
            assertEquals(Map.of(organisationCode(1), corporate.id()), orgs);
            assertEquals(Map.of(), customers.findIdsByOrganisationCodes(List.of(organisationCode(9))));

            // both sorts in one statement per chunk: the 1,500 ID numbers take two chunks, the
            // organisation codes one (the second round binds an empty array for them)
            CustomerRepository.CustomerIds both = customers.findIdsByKeys(nids,
                    List.of(organisationCode(2), organisationCode(1)));
            assertEquals(ids, both.byNationalId());
            assertEquals(Map.of(organisationCode(1), corporate.id()), both.byOrganisationCode());
            // one sort only, and neither
            assertEquals(Map.of(organisationCode(1), corporate.id()),
                    customers.findIdsByKeys(List.of(), List.of(organisationCode(1))).byOrganisationCode());
            assertEquals(Map.of(Fixtures.anyNationalId(5), stored.get(5).id()),
                    customers.findIdsByKeys(List.of(Fixtures.anyNationalId(5)), List.of()).byNationalId());
            assertEquals(new CustomerRepository.CustomerIds(Map.of(), Map.of()),
                    customers.findIdsByKeys(List.of(Fixtures.anyNationalId(1_300)), List.of(organisationCode(9))));

            Policy p1 = policy("PA-1", stored.get(0).id(), head.id());
            Policy p2 = policy("PA-2", stored.get(1).id(), head.id());
            policies.insertAll(List.of(p1, p2));
            assertEquals(Set.of("PA-1", "PA-2"), policies.findExistingNumbers(List.of("PA-1", "PA-0", "PA-2")));
            assertEquals(Set.of(), policies.findExistingNumbers(List.of("PA-9")));
            assertEquals(Map.of("PA-2", new PolicyRepository.ClaimTarget(p2.id(), stored.get(1).id(), Money.CNY)),
                    policies.findClaimTargets(List.of("PA-0", "PA-2", "PA-3")));

            assertEquals(Map.of("HO", head.id()),
                    injector.getInstance(BranchRepository.class).findIdsByCodes(List.of("HO", "XX")));

            claims.insertAll(List.of(Claim.file(new ClaimId(UUID.randomUUID()), p1.holderId(), new NewClaim("CL-1",
                    p1.id(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), null, Money.cny("100.00"), null,
                    ClaimStatus.REPORTED, false, null), NOW)));
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < 1_502; i++) {
                numbers.add("CL-" + i);
            }
            assertEquals(Set.of("CL-1"), claims.findExistingNumbers(numbers));
        }
    }

    @StoreTest
    void householdCodesAndMembershipsAreLookedUpAcrossChunks(StoreKind kind) {
        try (StorageModule storage = StorageModule.open(TestStores.freshLocation(kind), StoreOptions.DEFAULTS)) {
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new CoreModule(), storage);
            CustomerRepository customers = injector.getInstance(CustomerRepository.class);
            HouseholdRepository households = injector.getInstance(HouseholdRepository.class);
            Branch head = headOffice(injector);
            List<Customer> stored = individuals(head.id());
            customers.insertAll(stored);

            Map<String, HouseholdId> first = households.ensure(List.of("H1", "H2", "H1"),
                    () -> new HouseholdId(UUID.randomUUID()));
            assertEquals(Set.of("H1", "H2"), first.keySet());
            Map<String, HouseholdId> second = households.ensure(List.of("H3", "H2", "H1"),
                    () -> new HouseholdId(UUID.randomUUID()));
            assertEquals(first.get("H1"), second.get("H1"));
            assertEquals(first.get("H2"), second.get("H2"));
            assertFalse(first.containsValue(second.get("H3")));

            // 1,100 members of H1: the lookup of all 1,200 customers crosses the 1,000-key chunk
            List<HouseholdMembership> members = new ArrayList<>();
            List<CustomerId> all = new ArrayList<>();
            for (int i = 0; i < INDIVIDUALS; i++) {
                all.add(stored.get(i).id());
                if (i < 1_100) {
                    members.add(new HouseholdMembership(first.get("H1"), stored.get(i).id(),
                            i == 0 ? Relationship.HEAD : Relationship.CHILD));
                }
            }
            households.addAll(members);
            all.add(stored.get(0).id()); // a repeated key
            Map<CustomerId, HouseholdMembership> found = households.findMemberships(all);
            assertEquals(1_100, found.size());
            assertEquals(members.get(0), found.get(stored.get(0).id()));
            assertEquals(members.get(1_099), found.get(stored.get(1_099).id()));
            assertFalse(found.containsKey(stored.get(1_100).id()));

            // replacing memberships deletes by an array of customer ids
            HouseholdMembership moved = new HouseholdMembership(second.get("H3"), stored.get(0).id(),
                    Relationship.SPOUSE);
            households.putAll(List.of(moved));
            assertEquals(Map.of(stored.get(0).id(), moved),
                    households.findMemberships(List.of(stored.get(0).id(), stored.get(1_150).id())));
            assertEquals(1_100, households.findMemberships(all).size());
        }
    }

    @StoreTest
    void theBlacklistIsEmptyUntilAnEntryIsStoredRevokedOrNot(StoreKind kind) {
        try (StorageModule storage = StorageModule.open(TestStores.freshLocation(kind), StoreOptions.DEFAULTS)) {
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new CoreModule(), storage);
            BlacklistRepository blacklist = injector.getInstance(BlacklistRepository.class);
            assertTrue(blacklist.isEmpty());
            blacklist.insert(new BlacklistEntry(new BlacklistEntryId(UUID.randomUUID()), 1,
                    new PersonKey(Fixtures.anyNationalId(5), null, null, null), "FRAUD", null, null, NOW, null,
                    NOW, "tester", NOW, NOW));
            assertFalse(blacklist.isEmpty(), "a revoked entry still counts: screening then decides per entry");
        }
    }

    /** The head office, stored. */
    private static Branch headOffice(Injector injector) {
        Branch head = new Branch(new BranchId(UUID.randomUUID()), "HO", "总公司", BranchLevel.HEAD_OFFICE, null, null);
        injector.getInstance(BranchRepository.class).insert(head);
        return head;
    }

    /** {@link #INDIVIDUALS} individuals with the ID numbers {@code Fixtures.anyNationalId(0 …)}, not yet stored. */
    private static List<Customer> individuals(BranchId branch) {
        List<Customer> out = new ArrayList<>();
        for (int i = 0; i < INDIVIDUALS; i++) {
            out.add(customer(CustomerProfile.individual("客户" + i).nationalId(Fixtures.anyNationalId(i)).build(),
                    branch));
        }
        return out;
    }

    private static Customer customer(CustomerProfile profile, BranchId branch) {
        return new Customer(new CustomerId(UUID.randomUUID()), 1, profile, branch, NOW, NOW);
    }

    private static OrganisationCode organisationCode(int n) {
        String first17 = String.format("91110000%09d", n);
        return new OrganisationCode(first17 + OrganisationCode.checkCharacter(first17));
    }

    private static Policy policy(String number, CustomerId holder, BranchId branch) {
        return Policy.issue(new PolicyId(UUID.randomUUID()), new NewPolicy(number, holder, ProductLine.LIFE, null,
                SalesChannel.AGENT, branch, null, LocalDate.of(2026, 1, 1), LocalDate.of(2040, 12, 31),
                Money.cny("1000.00"), null, null), PolicyStatus.IN_FORCE, NOW);
    }
}
