package io.insurcrm.core.policy;

import io.insurcrm.core.common.InsertNew;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.identifier.LicencePlate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Port: persistence of policies and premium payments. */
public interface PolicyRepository {

    /** @throws io.insurcrm.core.common.DuplicateException if the policy number is taken */
    void insert(Policy policy);

    void insertAll(List<Policy> policies);

    /** Writes {@code next} if the stored version is {@code next.version() - 1}, else ConflictException. */
    void update(Policy next);

    void updateAll(List<Policy> next);

    Optional<Policy> findById(PolicyId id);

    Optional<Policy> findByNumber(String policyNumber);

    /** One query for a batch of policy numbers. */
    Map<String, Policy> findByNumbers(Collection<String> policyNumbers);

    /** All policies of a customer, newest start date first, in one query. */
    List<Policy> findByHolder(CustomerId holderId);

    /** The holder of the most recent policy (latest start date) insuring this vehicle. */
    Optional<CustomerId> findHolderByLicencePlate(LicencePlate plate);

    void insertPayment(PremiumPayment payment);

    List<PremiumPayment> findPayments(PolicyId policyId);

    long count();

    /** Which of these policy numbers are stored, reading no other column (one query per thousand keys). */
    default Set<String> findExistingNumbers(Collection<String> policyNumbers) {
        return new HashSet<>(findByNumbers(policyNumbers).keySet());
    }

    /**
     * Inserts those of {@code policies} whose policy number is not stored yet, and returns the
     * policy numbers that were already stored (nothing is written for them); each policy must carry a
     * different number. The default asks {@link #findExistingNumbers} first and inserts the rest with
     * {@link #insertAll}; a store may do both in one statement per batch (the jOOQ store does, on
     * PostgreSQL with {@code INSERT … ON CONFLICT DO NOTHING RETURNING}, which also saves the separate
     * index probe, on H2 with an insert of the rows not stored read back from {@code FINAL TABLE}).
     */
    default Set<String> insertNew(List<Policy> policies) {
        return InsertNew.byLookup(policies, Policy::policyNumber, this::findExistingNumbers, this::insertAll);
    }

    /** What a claim needs of its policy: the policy's id, its holder and its currency. */
    record ClaimTarget(PolicyId id, CustomerId holderId, Currency currency) {
    }

    /**
     * The claim targets of these policy numbers, by number, reading only those columns (one query
     * per thousand keys); unknown numbers are absent.
     */
    default Map<String, ClaimTarget> findClaimTargets(Collection<String> policyNumbers) {
        Map<String, ClaimTarget> found = new HashMap<>();
        findByNumbers(policyNumbers).forEach((number, p) ->
                found.put(number, new ClaimTarget(p.id(), p.holderId(), p.premium().currency())));
        return found;
    }
}
