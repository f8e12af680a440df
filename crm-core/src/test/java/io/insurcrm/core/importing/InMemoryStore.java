package io.insurcrm.core.importing;

import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.claim.ClaimId;
import io.insurcrm.core.claim.ClaimRepository;
import io.insurcrm.core.common.ConflictException;
import io.insurcrm.core.common.DuplicateException;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.customer.Household;
import io.insurcrm.core.customer.HouseholdId;
import io.insurcrm.core.customer.HouseholdMembership;
import io.insurcrm.core.customer.HouseholdRepository;
import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.identifier.MobileNumber;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.identifier.OrganisationCode;
import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.interaction.InteractionId;
import io.insurcrm.core.interaction.InteractionRepository;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.PolicyRepository;
import io.insurcrm.core.policy.PremiumPayment;
import io.insurcrm.core.transaction.TransactionRunner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Test double of every port the importer uses: maps of immutable records, unique keys enforced as
 * a database would (DuplicateException naming the field), optimistic versions checked
 * (ConflictException), and transactions that restore a snapshot on any exception, so a failed batch
 * leaves nothing behind. Counts calls per method to check "one query per batch".
 */
final class InMemoryStore implements TransactionRunner {
    final Map<BranchId, Branch> branches = new LinkedHashMap<>();
    final Map<CustomerId, Customer> customers = new LinkedHashMap<>();
    final Map<PolicyId, Policy> policies = new LinkedHashMap<>();
    final Map<ClaimId, Claim> claims = new LinkedHashMap<>();
    final Map<InteractionId, Interaction> interactions = new LinkedHashMap<>();
    final Map<String, HouseholdId> households = new LinkedHashMap<>();
    final Map<CustomerId, HouseholdMembership> memberships = new LinkedHashMap<>();
    final Map<String, Integer> calls = new HashMap<>();
    int commits;
    int rollbacks;
    /** When positive, the next customer updateAll calls throw a ConflictException (and count down). */
    int conflictsToThrow;
    private int depth;

    final BranchRepository branchRepository = new Branches();
    final CustomerRepository customerRepository = new Customers();
    final HouseholdRepository householdRepository = new Households();
    final PolicyRepository policyRepository = new Policies();
    final ClaimRepository claimRepository = new Claims();
    final InteractionRepository interactionRepository = new Interactions();

    int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    /** Calls that write (household ensure is get-or-create, checked through the households map). */
    int writes() {
        return calls.entrySet().stream()
                .filter(e -> e.getKey().matches(".*\\.(insert|insertAll|update|updateAll|putAll)"))
                .mapToInt(Map.Entry::getValue).sum();
    }

    private void call(String method) {
        calls.merge(method, 1, Integer::sum);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        List<Map<?, ?>> all = List.of(branches, customers, policies, claims, interactions, households, memberships);
        List<Map<Object, Object>> snapshot = new ArrayList<>();
        for (Map<?, ?> m : all) {
            snapshot.add(new LinkedHashMap<>(m));
        }
        depth++;
        try {
            T result = work.get();
            commits++;
            return result;
        } catch (RuntimeException e) {
            rollbacks++;
            for (int i = 0; i < all.size(); i++) {
                @SuppressWarnings("unchecked")
                Map<Object, Object> m = (Map<Object, Object>) all.get(i);
                m.clear();
                m.putAll(snapshot.get(i));
            }
            throw e;
        } finally {
            depth--;
        }
    }

    Optional<Customer> customerByNationalId(String nid) {
        NationalIdNumber n = NationalIdNumber.parse(nid);
        return customers.values().stream().filter(c -> n.equals(c.profile().nationalId())).findFirst();
    }

    Optional<Branch> branch(String code) {
        return branches.values().stream().filter(b -> b.code().equals(code)).findFirst();
    }

    Optional<Policy> policy(String number) {
        return policies.values().stream().filter(p -> p.policyNumber().equals(number)).findFirst();
    }

    private final class Branches implements BranchRepository {
        @Override
        public void insert(Branch branch) {
            call("branches.insert");
            if (branches.values().stream().anyMatch(b -> b.code().equals(branch.code()))) {
                throw new DuplicateException("branch", "code");
            }
            branches.put(branch.id(), branch);
        }

        @Override
        public Optional<Branch> findById(BranchId id) {
            call("branches.findById");
            return Optional.ofNullable(branches.get(id));
        }

        @Override
        public Optional<Branch> findByCode(String code) {
            call("branches.findByCode");
            return branch(code);
        }

        @Override
        public Map<String, Branch> findByCodes(Collection<String> codes) {
            call("branches.findByCodes");
            return branches.values().stream().filter(b -> codes.contains(b.code()))
                    .collect(Collectors.toMap(Branch::code, b -> b));
        }

        @Override
        public List<Branch> findAll() {
            call("branches.findAll");
            return List.copyOf(branches.values());
        }
    }

    private final class Customers implements CustomerRepository {
        @Override
        public void insert(Customer customer) {
            call("customers.insert");
            checkUnique(customer);
            customers.put(customer.id(), customer);
        }

        private void checkUnique(Customer c) {
            for (Customer other : customers.values()) {
                if (other.id().equals(c.id())) {
                    continue;
                }
                if (c.profile().nationalId() != null && c.profile().nationalId().equals(other.profile().nationalId())) {
                    throw new DuplicateException("customer", "nationalId");
                }
                if (c.profile().organisationCode() != null
                        && c.profile().organisationCode().equals(other.profile().organisationCode())) {
                    throw new DuplicateException("customer", "organisationCode");
                }
                if (c.profile().mobile() != null && c.profile().mobile().equals(other.profile().mobile())) {
                    throw new DuplicateException("customer", "mobile");
                }
            }
        }

        @Override
        public void insertAll(List<Customer> list) {
            call("customers.insertAll");
            for (Customer c : list) {
                checkUnique(c);
                customers.put(c.id(), c);
            }
        }

        @Override
        public void update(Customer next) {
            call("customers.update");
            doUpdate(next);
        }

        private void doUpdate(Customer next) {
            Customer stored = customers.get(next.id());
            if (stored == null || stored.version() != next.version() - 1) {
                throw new ConflictException("customer", next.id(), next.version() - 1);
            }
            checkUnique(next);
            customers.put(next.id(), next);
        }

        @Override
        public void updateAll(List<Customer> next) {
            call("customers.updateAll");
            if (conflictsToThrow > 0) {
                conflictsToThrow--;
                throw new ConflictException("customer", next.get(0).id(), next.get(0).version() - 1);
            }
            next.forEach(this::doUpdate);
        }

        @Override
        public Optional<Customer> findById(CustomerId id) {
            call("customers.findById");
            return Optional.ofNullable(customers.get(id));
        }

        @Override
        public Map<CustomerId, Customer> findByIds(Collection<CustomerId> ids) {
            call("customers.findByIds");
            return ids.stream().filter(customers::containsKey).collect(Collectors.toMap(i -> i, customers::get));
        }

        @Override
        public Optional<CustomerId> findIdByNationalId(NationalIdNumber nationalId) {
            call("customers.findIdByNationalId");
            return customers.values().stream().filter(c -> nationalId.equals(c.profile().nationalId()))
                    .map(Customer::id).findFirst();
        }

        @Override
        public Optional<CustomerId> findIdByOrganisationCode(OrganisationCode code) {
            call("customers.findIdByOrganisationCode");
            return customers.values().stream().filter(c -> code.equals(c.profile().organisationCode()))
                    .map(Customer::id).findFirst();
        }

        @Override
        public Optional<CustomerId> findIdByMobile(MobileNumber mobile) {
            call("customers.findIdByMobile");
            return customers.values().stream().filter(c -> mobile.equals(c.profile().mobile()))
                    .map(Customer::id).findFirst();
        }

        @Override
        public Map<NationalIdNumber, Customer> findByNationalIds(Collection<NationalIdNumber> ids) {
            call("customers.findByNationalIds");
            return customers.values().stream().filter(c -> ids.contains(c.profile().nationalId()))
                    .collect(Collectors.toMap(c -> c.profile().nationalId(), c -> c));
        }

        @Override
        public Map<OrganisationCode, Customer> findByOrganisationCodes(Collection<OrganisationCode> codes) {
            call("customers.findByOrganisationCodes");
            return customers.values().stream().filter(c -> codes.contains(c.profile().organisationCode()))
                    .collect(Collectors.toMap(c -> c.profile().organisationCode(), c -> c));
        }

        @Override
        public long count() {
            return customers.size();
        }
    }

    private final class Households implements HouseholdRepository {
        @Override
        public Optional<Household> findByCustomer(CustomerId customerId) {
            call("households.findByCustomer");
            HouseholdMembership m = memberships.get(customerId);
            if (m == null) {
                return Optional.empty();
            }
            String code = households.entrySet().stream().filter(e -> e.getValue().equals(m.householdId()))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            List<Household.Member> members = memberships.values().stream()
                    .filter(x -> x.householdId().equals(m.householdId()))
                    .map(x -> new Household.Member(x.customerId(), customers.get(x.customerId()).profile().name(),
                            x.relationship()))
                    .collect(Collectors.toList());
            return Optional.of(new Household(m.householdId(), code, members));
        }

        @Override
        public Map<String, HouseholdId> ensure(Collection<String> codes, Supplier<HouseholdId> newIds) {
            call("households.ensure");
            Map<String, HouseholdId> result = new HashMap<>();
            for (String code : codes) {
                result.put(code, households.computeIfAbsent(code, c -> newIds.get()));
            }
            return result;
        }

        @Override
        public Map<CustomerId, HouseholdMembership> findMemberships(Collection<CustomerId> customerIds) {
            call("households.findMemberships");
            Map<CustomerId, HouseholdMembership> result = new HashMap<>();
            for (CustomerId id : customerIds) {
                if (memberships.containsKey(id)) {
                    result.put(id, memberships.get(id));
                }
            }
            return result;
        }

        @Override
        public void putAll(List<HouseholdMembership> list) {
            call("households.putAll");
            for (HouseholdMembership m : list) {
                if (!customers.containsKey(m.customerId())) {
                    throw new IllegalStateException("membership of an unknown customer");
                }
                memberships.put(m.customerId(), m);
            }
        }
    }

    private final class Policies implements PolicyRepository {
        @Override
        public void insert(Policy policy) {
            call("policies.insert");
            doInsert(policy);
        }

        private void doInsert(Policy policy) {
            if (policies.values().stream().anyMatch(p -> p.policyNumber().equals(policy.policyNumber()))) {
                throw new DuplicateException("policy", "policyNumber");
            }
            if (!customers.containsKey(policy.holderId()) || !branches.containsKey(policy.branchId())) {
                throw new IllegalStateException("foreign key violated");
            }
            policies.put(policy.id(), policy);
        }

        @Override
        public void insertAll(List<Policy> list) {
            call("policies.insertAll");
            list.forEach(this::doInsert);
        }

        @Override
        public void update(Policy next) {
            call("policies.update");
            doUpdate(next);
        }

        private void doUpdate(Policy next) {
            Policy stored = policies.get(next.id());
            if (stored == null || stored.version() != next.version() - 1) {
                throw new ConflictException("policy", next.id(), next.version() - 1);
            }
            policies.put(next.id(), next);
        }

        @Override
        public void updateAll(List<Policy> next) {
            call("policies.updateAll");
            next.forEach(this::doUpdate);
        }

        @Override
        public Optional<Policy> findById(PolicyId id) {
            return Optional.ofNullable(policies.get(id));
        }

        @Override
        public Optional<Policy> findByNumber(String policyNumber) {
            call("policies.findByNumber");
            return policy(policyNumber);
        }

        @Override
        public Map<String, Policy> findByNumbers(Collection<String> numbers) {
            call("policies.findByNumbers");
            return policies.values().stream().filter(p -> numbers.contains(p.policyNumber()))
                    .collect(Collectors.toMap(Policy::policyNumber, p -> p));
        }

        @Override
        public List<Policy> findByHolder(CustomerId holderId) {
            return policies.values().stream().filter(p -> p.holderId().equals(holderId))
                    .sorted(Comparator.comparing(Policy::startDate).reversed()).collect(Collectors.toList());
        }

        @Override
        public Optional<CustomerId> findHolderByLicencePlate(LicencePlate plate) {
            return policies.values().stream().filter(p -> plate.equals(p.licencePlate()))
                    .max(Comparator.comparing(Policy::startDate)).map(Policy::holderId);
        }

        @Override
        public void insertPayment(PremiumPayment payment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<PremiumPayment> findPayments(PolicyId policyId) {
            return List.of();
        }

        @Override
        public long count() {
            return policies.size();
        }
    }

    private final class Claims implements ClaimRepository {
        @Override
        public void insert(Claim claim) {
            call("claims.insert");
            doInsert(claim);
        }

        private void doInsert(Claim claim) {
            if (claims.values().stream().anyMatch(c -> c.claimNumber().equals(claim.claimNumber()))) {
                throw new DuplicateException("claim", "claimNumber");
            }
            claims.put(claim.id(), claim);
        }

        @Override
        public void insertAll(List<Claim> list) {
            call("claims.insertAll");
            list.forEach(this::doInsert);
        }

        @Override
        public void update(Claim next) {
            call("claims.update");
            doUpdate(next);
        }

        private void doUpdate(Claim next) {
            Claim stored = claims.get(next.id());
            if (stored == null || stored.version() != next.version() - 1) {
                throw new ConflictException("claim", next.id(), next.version() - 1);
            }
            claims.put(next.id(), next);
        }

        @Override
        public void updateAll(List<Claim> next) {
            call("claims.updateAll");
            next.forEach(this::doUpdate);
        }

        @Override
        public Optional<Claim> findById(ClaimId id) {
            return Optional.ofNullable(claims.get(id));
        }

        @Override
        public Map<String, Claim> findByNumbers(Collection<String> numbers) {
            call("claims.findByNumbers");
            return claims.values().stream().filter(c -> numbers.contains(c.claimNumber()))
                    .collect(Collectors.toMap(Claim::claimNumber, c -> c));
        }

        @Override
        public List<Claim> findByCustomer(CustomerId customerId) {
            return claims.values().stream().filter(c -> c.customerId().equals(customerId))
                    .collect(Collectors.toList());
        }

        @Override
        public long count() {
            return claims.size();
        }
    }

    private final class Interactions implements InteractionRepository {
        @Override
        public void insert(Interaction interaction) {
            call("interactions.insert");
            doInsert(interaction);
        }

        private void doInsert(Interaction i) {
            if (i.sourceRef() != null
                    && interactions.values().stream().anyMatch(x -> i.sourceRef().equals(x.sourceRef()))) {
                throw new DuplicateException("interaction", "sourceRef");
            }
            interactions.put(i.id(), i);
        }

        @Override
        public void insertAll(List<Interaction> list) {
            call("interactions.insertAll");
            list.forEach(this::doInsert);
        }

        @Override
        public List<Interaction> findRecentByCustomer(CustomerId customerId, int limit) {
            return interactions.values().stream().filter(i -> i.customerId().equals(customerId))
                    .sorted(Comparator.comparing(Interaction::occurredAt).reversed()).limit(limit)
                    .collect(Collectors.toList());
        }

        @Override
        public Set<String> findExistingSourceRefs(Collection<String> refs) {
            call("interactions.findExistingSourceRefs");
            Set<String> result = new HashSet<>();
            for (Interaction i : interactions.values()) {
                if (i.sourceRef() != null && refs.contains(i.sourceRef())) {
                    result.add(i.sourceRef());
                }
            }
            return result;
        }

        @Override
        public long count() {
            return interactions.size();
        }
    }
}
