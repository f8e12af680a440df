package io.insurcrm.core.complaint;

import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.policy.ProductLine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;

/**
 * The monthly complaint analysis of the complaints received in a month.
 *
 * @param byBranch         counts by receiving (origin) branch
 * @param byProductLine    counts by product line; complaints without one are not counted here
 * @param byRootCause      counts by root cause; complaints not yet handled are not counted here
 * @param handled          how many have a handling time (received → handled)
 * @param averageHandling  mean handling time of those, to the second; {@code null} if none
 * @param worstHandling    longest handling time; {@code null} if none
 * @param slaBreached      how many missed at least one deadline (so far)
 * @param slaBreachRate    slaBreached / total, 4 decimals (0 if none received)
 */
public record ComplaintAnalysis(YearMonth month, long total, Map<ComplaintCategory, Long> byCategory,
        Map<ProductLine, Long> byProductLine, Map<BranchId, Long> byBranch, Map<RootCause, Long> byRootCause,
        long handled, Duration averageHandling, Duration worstHandling, long slaBreached, BigDecimal slaBreachRate) {
    public ComplaintAnalysis {
        byCategory = Map.copyOf(byCategory);
        byProductLine = Map.copyOf(byProductLine);
        byBranch = Map.copyOf(byBranch);
        byRootCause = Map.copyOf(byRootCause);
    }
}
