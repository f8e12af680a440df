package io.insurcrm.core.followup;

import io.insurcrm.core.renewal.RenewalItem;
import io.insurcrm.core.staff.AccountManagerId;
import java.time.LocalDate;
import java.util.List;

/**
 * An account manager's day: open tasks due by the day (overdue ones included), renewals of his
 * customers ending within the horizon that are not yet renewed or lapsed, and his customers overdue
 * for care.
 */
public record MyDay(AccountManagerId managerId, LocalDate day, List<FollowUpTask> tasksDue,
        List<RenewalItem> renewalsDue, List<OverdueCare> overdueCare) {
    public MyDay {
        tasksDue = List.copyOf(tasksDue);
        renewalsDue = List.copyOf(renewalsDue);
        overdueCare = List.copyOf(overdueCare);
    }
}
