package io.insurcrm.core.followup;

import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.staff.AccountManagerId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: follow-up tasks and the care and visit queries over interactions. */
public interface FollowUpRepository {

    void insert(FollowUpTask task);

    /** Versioned write. @throws io.insurcrm.core.common.ConflictException if stale */
    void update(FollowUpTask next);

    Optional<FollowUpTask> findById(FollowUpTaskId id);

    /** Open tasks of the owner due on or before {@code day}, by due date. */
    List<FollowUpTask> findOpenDue(AccountManagerId owner, LocalDate day);

    /**
     * Customers of the regime's segment without a contact of its kind since {@code since}, one query.
     *
     * @param manager  only customers assigned to him, or {@code null}
     * @param branches only customers of these branches, or {@code null}
     */
    List<OverdueCare> findOverdueCare(CareRegime regime, Instant since, AccountManagerId manager,
            Collection<BranchId> branches);

    /**
     * The visit report of each given manager for [from, to) (one GROUP BY query); managers without
     * interactions are reported with zeros.
     */
    List<VisitReport> visitReports(Collection<AccountManagerId> managers, YearMonth month, Instant from, Instant to);
}
