package io.insurcrm.core.customer;

import java.util.Objects;

/** A customer's place in a household, as stored. */
public record HouseholdMembership(HouseholdId householdId, CustomerId customerId, Relationship relationship) {
    public HouseholdMembership {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(relationship, "relationship");
    }
}
