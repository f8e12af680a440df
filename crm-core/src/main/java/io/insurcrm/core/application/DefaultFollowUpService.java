package io.insurcrm.core.application;

import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.common.NotFoundException;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.followup.CareRegime;
import io.insurcrm.core.followup.CareSettings;
import io.insurcrm.core.followup.FollowUpRepository;
import io.insurcrm.core.followup.FollowUpTask;
import io.insurcrm.core.followup.FollowUpTaskId;
import io.insurcrm.core.followup.MyDay;
import io.insurcrm.core.followup.OverdueCare;
import io.insurcrm.core.followup.TaskStatus;
import io.insurcrm.core.followup.VisitReport;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.organisation.BranchTree;
import io.insurcrm.core.renewal.RenewalItem;
import io.insurcrm.core.renewal.RenewalRepository;
import io.insurcrm.core.renewal.RenewalStatus;
import io.insurcrm.core.staff.AccountManager;
import io.insurcrm.core.staff.AccountManagerId;
import io.insurcrm.core.staff.AccountManagerRepository;
import io.insurcrm.core.transaction.TransactionRunner;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

final class DefaultFollowUpService implements FollowUpService {
    private final FollowUpRepository followUps;
    private final RenewalRepository renewals;
    private final AccountManagerRepository managers;
    private final BranchRepository branches;
    private final CareSettings settings;
    private final TransactionRunner tx;
    private final IdGenerator ids;
    private final Clock clock;

    private final AccessGuard guard;

    @Inject
    DefaultFollowUpService(FollowUpRepository followUps, RenewalRepository renewals,
            AccountManagerRepository managers, BranchRepository branches, CareSettings settings,
            TransactionRunner tx, IdGenerator ids, Clock clock, AccessGuard guard) {
        this.followUps = followUps;
        this.renewals = renewals;
        this.managers = managers;
        this.branches = branches;
        this.settings = settings;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public FollowUpTask createTask(Actor actor, CustomerId customerId, AccountManagerId owner, LocalDate dueDate,
            String subject) {
        guard.require(actor, Action.SERVICE);
        FollowUpTask task = new FollowUpTask(new FollowUpTaskId(ids.next()), 1, customerId, owner, dueDate,
                subject, TaskStatus.OPEN, null, clock.instant(), null);
        return tx.inTransaction(() -> {
            guard.requireVisibleReference(actor, customerId, "customerId");
            followUps.insert(task); // unknown customer or owner: the foreign keys answer with a ValidationException
            guard.record(actor, "CREATE_TASK", customerId, List.of("followUpTask"));
            return task;
        });
    }

    @Override
    public FollowUpTask closeTask(Actor actor, FollowUpTaskId id, long expectedVersion, TaskStatus status,
            String outcome) {
        guard.require(actor, Action.SERVICE);
        return tx.inTransaction(() -> {
            FollowUpTask t = followUps.findById(id).filter(x -> guard.visible(guard.scope(actor), x.customerId()))
                    .orElseThrow(() -> new NotFoundException("followUpTask", id));
            FollowUpTask stale = new FollowUpTask(t.id(), expectedVersion, t.customerId(), t.ownerId(), t.dueDate(),
                    t.subject(), t.status(), t.outcome(), t.createdAt(), t.completedAt());
            FollowUpTask next = stale.close(status, outcome, clock.instant());
            followUps.update(next);
            guard.record(actor, "CLOSE_TASK", next.customerId(), List.of("followUpTask.status"));
            return next;
        });
    }

    @Override
    public MyDay myDay(Actor actor, AccountManagerId managerId, LocalDate day) {
        guard.require(actor, Action.READ);
        Objects.requireNonNull(day, "day");
        return tx.inTransaction(() -> {
            if (managers.findById(managerId).isEmpty()) {
                throw new ValidationException("managerId", "exists", "names no known account manager");
            }
            List<FollowUpTask> tasks = followUps.findOpenDue(managerId, day);
            List<RenewalItem> due = renewals.pipeline(day, day.plusDays(settings.renewalHorizonDays()), null,
                    managerId, null, day).stream()
                    .filter(r -> r.status() != RenewalStatus.RENEWED && r.status() != RenewalStatus.LAPSED)
                    .collect(Collectors.toList());
            List<OverdueCare> care = overdue(managerId, null, day);
            RowScope scope = guard.scope(actor);
            return new MyDay(managerId, day, guard.filter(scope, tasks, FollowUpTask::customerId),
                    guard.filter(scope, due, RenewalItem::holderId), guard.filter(scope, care, OverdueCare::customerId));
        });
    }

    @Override
    public List<OverdueCare> overdueCare(Actor actor, AccountManagerId managerId, BranchId branchId, LocalDate asOf) {
        guard.require(actor, Action.READ);
        Objects.requireNonNull(asOf, "asOf");
        return tx.inTransaction(() -> guard.filter(guard.scope(actor), overdue(managerId, branchId == null ? null
                : new BranchTree(branches.findAll()).subtree(branchId), asOf), OverdueCare::customerId));
    }

    private List<OverdueCare> overdue(AccountManagerId managerId, Collection<BranchId> branchIds, LocalDate asOf) {
        ZoneId zone = clock.getZone();
        List<OverdueCare> result = new ArrayList<>();
        // one query per regime: regimes are a handful of configuration entries, not data
        for (CareRegime regime : settings.regimes()) {
            Instant since = asOf.minusDays(regime.everyDays()).atStartOfDay(zone).toInstant();
            result.addAll(followUps.findOverdueCare(regime, since, managerId, branchIds));
        }
        return result;
    }

    @Override
    public List<VisitReport> visitReports(Actor actor, BranchId branchId, YearMonth month) {
        guard.require(actor, Action.AGGREGATES);
        return tx.inTransaction(() -> {
            List<AccountManagerId> ids = managers.findByBranches(new BranchTree(branches.findAll()).subtree(branchId))
                    .stream().map(AccountManager::id).collect(Collectors.toList());
            return report(ids, month);
        });
    }

    @Override
    public VisitReport visitReport(Actor actor, AccountManagerId managerId, YearMonth month) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> {
            if (managers.findById(managerId).isEmpty()) {
                throw new ValidationException("managerId", "exists", "names no known account manager");
            }
            return report(List.of(managerId), month).get(0);
        });
    }

    private List<VisitReport> report(List<AccountManagerId> managerIds, YearMonth month) {
        Objects.requireNonNull(month, "month");
        if (managerIds.isEmpty()) {
            return List.of();
        }
        ZoneId zone = clock.getZone();
        return followUps.visitReports(managerIds, month, month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }
}
