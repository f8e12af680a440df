package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.followup.FollowUpTask;
import io.insurcrm.core.followup.FollowUpTaskId;
import io.insurcrm.core.followup.MyDay;
import io.insurcrm.core.followup.OverdueCare;
import io.insurcrm.core.followup.TaskStatus;
import io.insurcrm.core.followup.VisitReport;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.staff.AccountManagerId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Follow-up work of account managers: tasks, "my day", care regimes and the monthly visit report.
 * Contacts themselves are interactions ({@link InteractionService#log}); a visit or call counts for
 * an account manager when it is logged with his staff id. Days and months are those of the
 * injected clock's time zone.
 */
public interface FollowUpService {

    /** @throws io.insurcrm.core.common.ValidationException if the customer or owner does not exist */
    FollowUpTask createTask(Actor actor, CustomerId customerId, AccountManagerId owner, LocalDate dueDate,
            String subject);

    /** Closes an open task as DONE or CANCELLED with its outcome. */
    FollowUpTask closeTask(Actor actor, FollowUpTaskId id, long expectedVersion, TaskStatus status, String outcome);

    /** Tasks due (overdue included), renewals due within the horizon, and customers overdue for care. */
    MyDay myDay(Actor actor, AccountManagerId managerId, LocalDate day);

    /**
     * Customers overdue for care on {@code asOf} under the care regimes: no contact of the regime's
     * kind on or after {@code asOf − everyDays}.
     *
     * @param managerId only his customers, or {@code null}
     * @param branchId  only customers of this branch and below, or {@code null}
     */
    List<OverdueCare> overdueCare(Actor actor, AccountManagerId managerId, BranchId branchId, LocalDate asOf);

    /** The visit report of every manager of a branch and below for a month: one query. */
    List<VisitReport> visitReports(Actor actor, BranchId branchId, YearMonth month);

    VisitReport visitReport(Actor actor, AccountManagerId managerId, YearMonth month);
}
