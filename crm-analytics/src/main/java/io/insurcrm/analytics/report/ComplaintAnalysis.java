package io.insurcrm.analytics.report;

import java.time.YearMonth;
import java.util.List;

/**
 * The complaints of a month (today: COMPLAINT contacts; categories, products and root causes come with the
 * complaint workflow) by the customers' branch and by channel.
 */
public record ComplaintAnalysis(YearMonth month, long complaints, long customers, List<Count> byBranch,
        List<Count> byChannel) {
    public ComplaintAnalysis {
        byBranch = List.copyOf(byBranch);
        byChannel = List.copyOf(byChannel);
    }

    /** Complaints and distinct complaining customers of one group. */
    public record Count(String key, long complaints, long customers) {
    }
}
