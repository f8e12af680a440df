package io.insurcrm.core.renewal;

import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.staff.AccountManagerId;
import java.time.LocalDate;

/**
 * An expiring policy in the renewal pipeline.
 *
 * @param managerId the holder's responsible account manager, {@code null} if none
 */
public record RenewalItem(PolicyId policyId, String policyNumber, CustomerId holderId, ProductLine productLine,
        BranchId branchId, AccountManagerId managerId, LocalDate endDate, Money premium, RenewalStatus status) {
}
