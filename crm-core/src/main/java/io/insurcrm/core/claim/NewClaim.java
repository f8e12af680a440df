package io.insurcrm.core.claim;

import io.insurcrm.core.common.Money;
import io.insurcrm.core.common.Validator;
import io.insurcrm.core.policy.PolicyId;
import java.time.LocalDate;

/**
 * The command to file (or, from an import, record) a claim against a policy. Validated: loss date
 * not after reported date, settled date not before reported date, non-negative amounts in one
 * currency, a paid amount only on an approved or paid claim.
 *
 * @param litigation whether the claim went to court (a loss-making signal in analytics)
 */
public record NewClaim(String claimNumber, PolicyId policyId, LocalDate lossDate, LocalDate reportedDate,
        LocalDate settledDate, Money claimedAmount, Money paidAmount, ClaimStatus status, boolean litigation,
        String cause) {
    public NewClaim {
        claimNumber = io.insurcrm.core.policy.NewPolicy.canonicalNumber(claimNumber);
        Validator v = Validator.start()
                .requireText(claimNumber, "claimNumber", 40)
                .require(policyId, "policyId")
                .require(lossDate, "lossDate")
                .require(reportedDate, "reportedDate")
                .inOrder(lossDate, "lossDate", reportedDate, "reportedDate")
                .inOrder(reportedDate, "reportedDate", settledDate, "settledDate")
                .require(claimedAmount, "claimedAmount")
                .nonNegative(claimedAmount, "claimedAmount")
                .nonNegative(paidAmount, "paidAmount")
                .require(status, "status")
                .maxLength(cause, "cause", 200);
        if (paidAmount != null && claimedAmount != null && !paidAmount.currency().equals(claimedAmount.currency())) {
            v.add("paidAmount", "currency", "must be in the claimed amount's currency");
        }
        if (paidAmount != null && paidAmount.amount().signum() > 0 && status != null
                && status != ClaimStatus.PAID && status != ClaimStatus.APPROVED) {
            v.add("paidAmount", "status", "a payment needs an approved or paid claim");
        }
        v.validate();
    }
}
