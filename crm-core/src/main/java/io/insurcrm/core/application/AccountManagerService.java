package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.staff.AccountManager;
import io.insurcrm.core.staff.AccountManagerId;
import io.insurcrm.core.staff.Assignment;
import io.insurcrm.core.staff.AssignmentChange;
import io.insurcrm.core.staff.Evaluation;
import io.insurcrm.core.staff.Grade;
import io.insurcrm.core.staff.Grading;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Account managers (客户经理): grades and their yearly re-certification, and the one responsible
 * manager of each customer with the history of who had whom when.
 */
public interface AccountManagerService {

    /**
     * Registers a manager with an initial grade, recorded as the grading of {@code year}.
     *
     * @throws io.insurcrm.core.common.DuplicateException  if the staff id is taken
     * @throws io.insurcrm.core.common.ValidationException if the branch does not exist
     */
    AccountManager register(Actor actor, String staffId, String name, BranchId branchId, Grade grade, int year);

    Optional<AccountManager> get(Actor actor, AccountManagerId id);

    Optional<AccountManager> findByStaffId(Actor actor, String staffId);

    /** Managers of a branch and every branch below it. */
    List<AccountManager> ofBranch(Actor actor, BranchId branchId);

    /**
     * The yearly re-certification from the previous year's evaluation: the grade is kept, raised or
     * lowered by one ({@link Evaluation#apply}), and the decision is kept in the history with the
     * level that approves the new grade (chief and senior: province; others: city).
     *
     * @throws io.insurcrm.core.common.DuplicateException if the manager was already graded for {@code year}
     */
    Grading recertify(Actor actor, AccountManagerId id, int year, Evaluation evaluation);

    /** Grade decisions, oldest first. */
    List<Grading> gradings(Actor actor, AccountManagerId id);

    /** Marks a manager as gone (his book should be transferred). */
    AccountManager deactivate(Actor actor, AccountManagerId id, long expectedVersion);

    /**
     * Makes {@code managerId} the customer's responsible manager.
     *
     * @param expectedVersion the version of the customer's current assignment, 0 if he has none
     * @throws io.insurcrm.core.common.ConflictException if the assignment changed meanwhile, e.g. a
     *         concurrent assignment won: nothing was written
     */
    Assignment assign(Actor actor, CustomerId customerId, AccountManagerId managerId, long expectedVersion);

    /**
     * Allocates customers who have no manager yet to {@code managerId} in one transaction (batched
     * inserts), e.g. a freshly imported book.
     *
     * @return how many were assigned
     * @throws io.insurcrm.core.common.ConflictException if any already has a manager; nothing is written
     */
    int assignUnassigned(Actor actor, Collection<CustomerId> customerIds, AccountManagerId managerId);

    Optional<Assignment> responsibleFor(Actor actor, CustomerId customerId);

    /** Who had the customer when, oldest first. */
    List<AssignmentChange> assignmentHistory(Actor actor, CustomerId customerId);

    /**
     * Moves every customer of {@code from} to {@code to} in one transaction with set-based SQL,
     * appending one history entry per customer.
     *
     * @return how many customers moved
     */
    int transferBook(Actor actor, AccountManagerId from, AccountManagerId to);

    /** How many customers the manager is responsible for. */
    long bookSize(Actor actor, AccountManagerId id);
}
