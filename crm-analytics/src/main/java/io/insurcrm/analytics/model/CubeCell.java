package io.insurcrm.analytics.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One cell of the cube.
 *
 * @param keys            one value per dimension of the query, in order; null where the cell is a subtotal over it
 * @param level           how many leading dimensions are grouped (0 is the grand total)
 * @param premium         sum of the premiums of the policies
 * @param claimsPaid      paid amounts of the claims on those policies (loss on or before the as-of date)
 * @param customers       distinct holders
 * @param policies        policies
 * @param policiesEnded   policies that ended before the as-of date (not cancelled)
 * @param policiesRenewed of them, renewed by a later policy
 */
public record CubeCell(List<String> keys, int level, BigDecimal premium, BigDecimal claimsPaid, long customers,
        long policies, long policiesEnded, long policiesRenewed) {
    public CubeCell {
        keys = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keys));
    }

    /** claimsPaid / premium, four decimals; null without premium. */
    public BigDecimal lossRatio() {
        return premium.signum() == 0 ? null : claimsPaid.divide(premium, 4, RoundingMode.HALF_UP);
    }

    /** policiesRenewed / policiesEnded, four decimals; null when none ended. */
    public BigDecimal renewalRate() {
        return policiesEnded == 0 ? null : BigDecimal.valueOf(policiesRenewed)
                .divide(BigDecimal.valueOf(policiesEnded), 4, RoundingMode.HALF_UP);
    }

    /** True for a subtotal row. */
    public boolean subtotal() {
        return level < keys.size();
    }
}
