package io.insurcrm.core.policy;

import io.insurcrm.core.common.Money;
import io.insurcrm.core.common.Validator;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.identifier.LicencePlate;
import io.insurcrm.core.organisation.BranchId;
import java.time.LocalDate;

/**
 * The command to issue a policy. Policy numbers are kept stripped and upper-cased. Validated on construction: number, holder, line, channel, branch,
 * period in order, non-negative premium; a licence plate only on auto policies.
 *
 * @param licencePlate         the insured vehicle, for {@link ProductLine#AUTO} only
 * @param previousPolicyNumber the policy this one renews, if any
 */
public record NewPolicy(String policyNumber, CustomerId holderId, ProductLine productLine, String productCode,
        SalesChannel salesChannel, BranchId branchId, LicencePlate licencePlate, LocalDate startDate,
        LocalDate endDate, Money premium, Money sumInsured, String previousPolicyNumber) {
    public NewPolicy {
        policyNumber = canonicalNumber(policyNumber);
        previousPolicyNumber = canonicalNumber(previousPolicyNumber);
        Validator v = Validator.start()
                .requireText(policyNumber, "policyNumber", 40)
                .require(holderId, "holderId")
                .require(productLine, "productLine")
                .maxLength(productCode, "productCode", 40)
                .require(salesChannel, "salesChannel")
                .require(branchId, "branchId")
                .require(startDate, "startDate")
                .require(endDate, "endDate")
                .inOrder(startDate, "startDate", endDate, "endDate")
                .require(premium, "premium")
                .nonNegative(premium, "premium")
                .nonNegative(sumInsured, "sumInsured")
                .maxLength(previousPolicyNumber, "previousPolicyNumber", 40);
        if (licencePlate != null && productLine != null && productLine != ProductLine.AUTO) {
            v.add("licencePlate", "auto-only", "only auto policies insure a vehicle");
        }
        if (premium != null && sumInsured != null && !premium.currency().equals(sumInsured.currency())) {
            v.add("sumInsured", "currency", "must be in the premium's currency");
        }
        v.validate();
    }

    /** Policy numbers are compared stripped and upper-cased: {@code " pa-2026-01 "} is {@code "PA-2026-01"}. */
    public static String canonicalNumber(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().toUpperCase(java.util.Locale.ROOT);
        return s.isEmpty() ? null : s;
    }
}
