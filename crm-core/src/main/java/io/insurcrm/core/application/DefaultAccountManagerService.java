package io.insurcrm.core.application;

import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.common.NotFoundException;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.organisation.BranchTree;
import io.insurcrm.core.staff.AccountManager;
import io.insurcrm.core.staff.AccountManagerId;
import io.insurcrm.core.staff.AccountManagerRepository;
import io.insurcrm.core.staff.Assignment;
import io.insurcrm.core.staff.AssignmentChange;
import io.insurcrm.core.staff.AssignmentReason;
import io.insurcrm.core.staff.AssignmentRepository;
import io.insurcrm.core.staff.Evaluation;
import io.insurcrm.core.staff.Grade;
import io.insurcrm.core.staff.Grading;
import io.insurcrm.core.transaction.TransactionRunner;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class DefaultAccountManagerService implements AccountManagerService {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultAccountManagerService.class);

    private final AccountManagerRepository managers;
    private final AssignmentRepository assignments;
    private final BranchRepository branches;
    private final TransactionRunner tx;
    private final IdGenerator ids;
    private final Clock clock;

    private final AccessGuard guard;

    @Inject
    DefaultAccountManagerService(AccountManagerRepository managers, AssignmentRepository assignments,
            BranchRepository branches, TransactionRunner tx, IdGenerator ids, Clock clock, AccessGuard guard) {
        this.managers = managers;
        this.assignments = assignments;
        this.branches = branches;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public AccountManager register(Actor actor, String staffId, String name, BranchId branchId, Grade grade,
            int year) {
        guard.require(actor, Action.MANAGE_STAFF);
        Instant now = clock.instant();
        AccountManager m = new AccountManager(new AccountManagerId(ids.next()), 1,
                staffId == null ? null : staffId.strip(), name, branchId, grade, true, now, now);
        return tx.inTransaction(() -> {
            managers.insert(m);
            managers.insertGrading(Grading.of(ids.next(), m.id(), year, null, null, grade, actor.userId(), now));
            return m;
        });
    }

    @Override
    public Optional<AccountManager> get(Actor actor, AccountManagerId id) {
        guard.require(actor, Action.READ);
        return managers.findById(id);
    }

    @Override
    public Optional<AccountManager> findByStaffId(Actor actor, String staffId) {
        guard.require(actor, Action.READ);
        return staffId == null ? Optional.empty() : managers.findByStaffId(staffId.strip());
    }

    @Override
    public List<AccountManager> ofBranch(Actor actor, BranchId branchId) {
        guard.require(actor, Action.READ);
        return managers.findByBranches(new BranchTree(branches.findAll()).subtree(branchId));
    }

    @Override
    public Grading recertify(Actor actor, AccountManagerId id, int year, Evaluation evaluation) {
        guard.require(actor, Action.MANAGE_STAFF);
        if (evaluation == null) {
            throw new ValidationException("evaluation", "required", "is required");
        }
        return tx.inTransaction(() -> {
            AccountManager m = managers.findById(id).orElseThrow(() -> new NotFoundException("accountManager", id));
            Grade next = evaluation.apply(m.grade());
            Instant now = clock.instant();
            Grading g = Grading.of(ids.next(), id, year, evaluation, m.grade(), next, actor.userId(), now);
            managers.insertGrading(g);
            if (next != m.grade()) {
                managers.update(m.withGrade(next, now));
            }
            LOG.debug("account manager {} re-certified for {}: {}", id, year, g.outcome());
            return g;
        });
    }

    @Override
    public List<Grading> gradings(Actor actor, AccountManagerId id) {
        guard.require(actor, Action.READ);
        return managers.findGradings(id);
    }

    @Override
    public AccountManager deactivate(Actor actor, AccountManagerId id, long expectedVersion) {
        guard.require(actor, Action.MANAGE_STAFF);
        return tx.inTransaction(() -> {
            AccountManager m = managers.findById(id).orElseThrow(() -> new NotFoundException("accountManager", id));
            AccountManager stale = new AccountManager(m.id(), expectedVersion, m.staffId(), m.name(), m.branchId(),
                    m.grade(), m.active(), m.createdAt(), m.updatedAt());
            AccountManager next = stale.withActive(false, clock.instant());
            managers.update(next);
            return next;
        });
    }

    @Override
    public Assignment assign(Actor actor, CustomerId customerId, AccountManagerId managerId, long expectedVersion) {
        guard.require(actor, Action.MANAGE_STAFF);
        Objects.requireNonNull(customerId, "customerId");
        if (expectedVersion < 0) {
            throw new ValidationException("expectedVersion", "non-negative", "must be 0 (unassigned) or more");
        }
        return tx.inTransaction(() -> {
            guard.requireVisible(actor, customerId);
            requireActiveManager(managerId, "managerId");
            Optional<Assignment> current = assignments.findCurrent(customerId);
            AccountManagerId previous = current.map(Assignment::managerId).orElse(null);
            Instant now = clock.instant();
            // the repository checks expectedVersion against the stored one (insert for 0, versioned update otherwise)
            AssignmentChange change = new AssignmentChange(customerId, expectedVersion + 1, managerId, previous, now,
                    expectedVersion == 0 ? AssignmentReason.ASSIGNED : AssignmentReason.REASSIGNED, actor.userId(),
                    ids.next());
            assignments.write(change);
            guard.record(actor, "ASSIGN", customerId, List.of("accountManager"));
            return new Assignment(customerId, managerId, change.version(), now);
        });
    }

    @Override
    public int assignUnassigned(Actor actor, Collection<CustomerId> customerIds, AccountManagerId managerId) {
        guard.require(actor, Action.MANAGE_STAFF);
        Objects.requireNonNull(customerIds, "customerIds");
        return tx.inTransaction(() -> {
            Set<CustomerId> visible = guard.visible(guard.scope(actor), customerIds);
            for (CustomerId id : customerIds) {
                if (!visible.contains(id)) {
                    throw new NotFoundException("customer", id);
                }
            }
            requireActiveManager(managerId, "managerId");
            Instant now = clock.instant();
            UUID changeId = ids.next();
            List<AssignmentChange> changes = new ArrayList<>(customerIds.size());
            for (CustomerId c : new LinkedHashSet<>(customerIds)) {
                changes.add(new AssignmentChange(c, 1, managerId, null, now, AssignmentReason.ASSIGNED,
                        actor.userId(), changeId));
            }
            assignments.insertAll(changes);
            return changes.size();
        });
    }

    @Override
    public Optional<Assignment> responsibleFor(Actor actor, CustomerId customerId) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> guard.visible(guard.scope(actor), customerId)
                ? assignments.findCurrent(customerId) : Optional.<Assignment>empty());
    }

    @Override
    public List<AssignmentChange> assignmentHistory(Actor actor, CustomerId customerId) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> guard.visible(guard.scope(actor), customerId)
                ? assignments.history(customerId) : List.<AssignmentChange>of());
    }

    @Override
    public int transferBook(Actor actor, AccountManagerId from, AccountManagerId to) {
        guard.require(actor, Action.MANAGE_STAFF);
        Objects.requireNonNull(from, "from");
        if (from.equals(to)) {
            throw new ValidationException("to", "different", "must differ from the manager the book leaves");
        }
        return tx.inTransaction(() -> {
            if (managers.findById(from).isEmpty()) {
                throw new ValidationException("from", "exists", "names no known account manager");
            }
            requireActiveManager(to, "to");
            UUID changeId = ids.next();
            int moved = assignments.transferBook(from, to, clock.instant(), actor.userId(), changeId);
            LOG.info("book of account manager {} ({} customers) transferred to {} by {}", from, moved, to,
                    actor.userId());
            return moved;
        });
    }

    @Override
    public long bookSize(Actor actor, AccountManagerId id) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> {
            RowScope scope = guard.scope(actor);
            return scope instanceof RowScope.All ? assignments.countByManager(id) : guard.countAssigned(id, scope);
        });
    }

    private void requireActiveManager(AccountManagerId id, String field) {
        if (id == null) {
            throw new ValidationException(field, "required", "is required");
        }
        AccountManager m = managers.findById(id)
                .orElseThrow(() -> new ValidationException(field, "exists", "names no known account manager"));
        if (!m.active()) {
            throw new ValidationException(field, "active", "names an account manager who has left");
        }
    }
}
