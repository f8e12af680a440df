package io.insurcrm.analytics.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The customer pyramid of a snapshot: what the top customers bring, the tier counts and the Lorenz
 * curve of premium, as data a chart can draw.
 *
 * @param customers     customers in the snapshot
 * @param totalPremium  premium12 of all of them
 * @param totalProfit   profit12 of all of them (may be negative)
 * @param top           the shares of the top 1%, 5% and 20%
 * @param tierCounts    customers per value tier
 * @param lorenz        cumulative premium share of the bottom x of customers (ranked by premium ascending)
 */
public record Pyramid(LocalDate asOf, long customers, BigDecimal totalPremium, BigDecimal totalProfit,
        List<TopShare> top, Map<ValueTier, Long> tierCounts, List<LorenzPoint> lorenz) {
    public Pyramid {
        top = List.copyOf(top);
        tierCounts = Map.copyOf(tierCounts);
        lorenz = List.copyOf(lorenz);
    }

    /**
     * The share of premium (customers ranked by premium) and of profit (ranked by profit) that the top
     * {@code percent}% of customers bring. {@code customers} is ceil(n × percent / 100).
     */
    public record TopShare(int percent, long customers, BigDecimal premium, BigDecimal premiumShare,
            BigDecimal profit, BigDecimal profitShare) {
    }

    /** The bottom {@code customerShare} of customers bring {@code premiumShare} of the premium. */
    public record LorenzPoint(BigDecimal customerShare, BigDecimal premiumShare) {
    }
}
