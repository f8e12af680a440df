package io.insurcrm.core.claim;

import io.insurcrm.core.customer.CustomerId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Port: persistence of claims. */
public interface ClaimRepository {

    /** @throws io.insurcrm.core.common.DuplicateException if the claim number is taken */
    void insert(Claim claim);

    void insertAll(List<Claim> claims);

    /** Writes {@code next} if the stored version is {@code next.version() - 1}, else ConflictException. */
    void update(Claim next);

    void updateAll(List<Claim> next);

    Optional<Claim> findById(ClaimId id);

    Map<String, Claim> findByNumbers(Collection<String> claimNumbers);

    /** All claims on the policies of a customer, newest loss date first, in one query. */
    List<Claim> findByCustomer(CustomerId customerId);

    long count();

    /** Which of these claim numbers are stored, reading no other column (one query per thousand keys). */
    default Set<String> findExistingNumbers(Collection<String> claimNumbers) {
        return new HashSet<>(findByNumbers(claimNumbers).keySet());
    }
}
