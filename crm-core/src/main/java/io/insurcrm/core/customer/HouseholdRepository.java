package io.insurcrm.core.customer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: persistence of households and their members. */
public interface HouseholdRepository {

    /** The household of a customer with all its members (and their names), in one query. */
    Optional<Household> findByCustomer(CustomerId customerId);

    /**
     * Returns the ids of the households with these codes, creating the missing ones with ids from
     * {@code newIds}' generator.
     */
    Map<String, HouseholdId> ensure(Collection<String> codes, java.util.function.Supplier<HouseholdId> newIds);

    /** The current memberships of these customers. */
    Map<CustomerId, HouseholdMembership> findMemberships(Collection<CustomerId> customerIds);

    /** Inserts or replaces the membership of each customer (a customer is in at most one household). */
    void putAll(List<HouseholdMembership> memberships);

    /**
     * Inserts the memberships of customers that have none yet (customers inserted in the same
     * transaction): unlike {@link #putAll} it deletes nothing first. The default replaces, as
     * {@link #putAll} does.
     */
    default void addAll(List<HouseholdMembership> memberships) {
        putAll(memberships);
    }
}
