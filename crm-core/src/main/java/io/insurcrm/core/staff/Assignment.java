package io.insurcrm.core.staff;

import io.insurcrm.core.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * The current responsible account manager of a customer. There is at most one per customer: the
 * customer id is the primary key of the storage.
 *
 * @param version 1 for the first assignment, +1 for every change; the optimistic-lock version
 */
public record Assignment(CustomerId customerId, AccountManagerId managerId, long version, Instant assignedAt) {
    public Assignment {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(managerId, "managerId");
        Objects.requireNonNull(assignedAt, "assignedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }
}
