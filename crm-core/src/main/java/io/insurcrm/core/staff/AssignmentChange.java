package io.insurcrm.core.staff;

import io.insurcrm.core.customer.CustomerId;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the assignment history: from {@code assignedAt} the customer was looked after by
 * {@code managerId} (until the entry with the next version).
 *
 * @param previousManagerId {@code null} for the first assignment
 * @param changeId          the operation that made it; one id for all entries of a book transfer
 */
public record AssignmentChange(CustomerId customerId, long version, AccountManagerId managerId,
        AccountManagerId previousManagerId, Instant assignedAt, AssignmentReason reason, String changedBy,
        UUID changeId) {
}
