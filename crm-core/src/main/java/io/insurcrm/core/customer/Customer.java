package io.insurcrm.core.customer;

import io.insurcrm.core.organisation.BranchId;
import java.time.Instant;
import java.util.Objects;

/**
 * The customer aggregate: identity, optimistic-lock version, basic data and owning branch.
 * Immutable; a change produces a new value with {@code version + 1}.
 *
 * @param version starts at 1; every successful update increments it
 */
public record Customer(CustomerId id, long version, CustomerProfile profile, BranchId branchId, Instant createdAt,
        Instant updatedAt) {
    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }

    /** The next version of this customer with new basic data. */
    public Customer withProfile(CustomerProfile newProfile, BranchId newBranch, Instant now) {
        return new Customer(id, version + 1, newProfile, newBranch, createdAt, now);
    }

    @Override
    public String toString() {
        return "Customer[" + id + " v" + version + " " + profile.kind() + "]";
    }
}
