package io.insurcrm.core.complaint;

import io.insurcrm.core.common.Validator;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.ProductLine;

/**
 * The command to receive a complaint.
 *
 * @param policyId    the policy complained about, if any
 * @param productLine the product line (taken from the policy when left out)
 * @param branchId    the unit that received it; it is the first responsible unit
 */
public record NewComplaint(CustomerId customerId, PolicyId policyId, ComplaintCategory category,
        ProductLine productLine, String summary, BranchId branchId) {
    public NewComplaint {
        Validator.start().require(customerId, "customerId").require(category, "category")
                .require(branchId, "branchId").maxLength(summary, "summary", 4000).validate();
    }
}
