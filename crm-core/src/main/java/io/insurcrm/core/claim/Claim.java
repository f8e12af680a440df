package io.insurcrm.core.claim;

import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.policy.PolicyId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A claim on a policy. {@code customerId} is the policyholder, denormalised so a customer's claims
 * are one indexed query.
 */
public record Claim(ClaimId id, long version, String claimNumber, PolicyId policyId, CustomerId customerId,
        LocalDate lossDate, LocalDate reportedDate, LocalDate settledDate, Money claimedAmount, Money paidAmount,
        ClaimStatus status, boolean litigation, String cause, Instant createdAt, Instant updatedAt) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        new NewClaim(claimNumber, policyId, lossDate, reportedDate, settledDate, claimedAmount, paidAmount, status,
                litigation, cause);
    }

    public static Claim file(ClaimId id, CustomerId holder, NewClaim c, Instant now) {
        return new Claim(id, 1, c.claimNumber(), c.policyId(), holder, c.lossDate(), c.reportedDate(),
                c.settledDate(), c.claimedAmount(), c.paidAmount(), c.status(), c.litigation(), c.cause(), now, now);
    }

    public NewClaim terms() {
        return new NewClaim(claimNumber, policyId, lossDate, reportedDate, settledDate, claimedAmount, paidAmount,
                status, litigation, cause);
    }

    public Claim withTerms(NewClaim c, Instant now) {
        return new Claim(id, version + 1, c.claimNumber(), c.policyId(), customerId, c.lossDate(), c.reportedDate(),
                c.settledDate(), c.claimedAmount(), c.paidAmount(), c.status(), c.litigation(), c.cause(), createdAt,
                now);
    }

    /** The amount paid, zero in the claim's currency if nothing was paid. */
    public Money paidOrZero() {
        return paidAmount != null ? paidAmount : Money.zero(claimedAmount.currency());
    }
}
