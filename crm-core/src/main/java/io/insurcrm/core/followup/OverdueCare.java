package io.insurcrm.core.followup;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.segment.Segment;
import io.insurcrm.core.staff.AccountManagerId;
import java.time.Instant;

/**
 * A customer overdue for care under his segment's regime.
 *
 * @param managerId   his responsible account manager ({@code null} if none)
 * @param branchId    the customer's branch
 * @param lastContact the last contact of the regime's kind, {@code null} if never
 */
public record OverdueCare(CustomerId customerId, AccountManagerId managerId, BranchId branchId, Segment segment,
        CareAction action, int everyDays, Instant lastContact) {
}
