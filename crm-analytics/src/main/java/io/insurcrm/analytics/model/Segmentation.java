package io.insurcrm.analytics.model;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The segments of one customer as of a date, each with the reasons that decided it.
 *
 * @param contributionScore 0–100, see docs/analytics.md
 * @param loyaltyScore      0–100, see docs/analytics.md
 * @param reasons           every decision's reasons, in the order tier, loyalty, style, quality, key, loss-making
 */
public record Segmentation(CustomerId customerId, BranchId branchId, LocalDate asOf, ValueTier tier,
        LoyaltyStatus loyalty, DecisionStyle style, boolean quality, boolean key, boolean lossMaking,
        int contributionScore, int loyaltyScore, BigDecimal premium12, BigDecimal profit12, List<Reason> reasons) {
    public Segmentation {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(loyalty, "loyalty");
        Objects.requireNonNull(style, "style");
        reasons = List.copyOf(reasons);
    }
}
