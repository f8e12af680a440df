package io.insurcrm.core.application;

import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.common.ConflictException;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.common.NotFoundException;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.complaint.Complaint;
import io.insurcrm.core.complaint.ComplaintAnalysis;
import io.insurcrm.core.complaint.ComplaintEvent;
import io.insurcrm.core.complaint.ComplaintId;
import io.insurcrm.core.complaint.ComplaintRepository;
import io.insurcrm.core.complaint.ComplaintSla;
import io.insurcrm.core.complaint.ComplaintTransition;
import io.insurcrm.core.complaint.EscalationCandidate;
import io.insurcrm.core.complaint.NewComplaint;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyRepository;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.core.event.DomainEvents;
import io.insurcrm.spi.EventType;
import java.util.Map;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class DefaultComplaintService implements ComplaintService {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultComplaintService.class);
    private static final int ESCALATION_BATCH = 500;

    private final ComplaintRepository complaints;
    private final PolicyRepository policies;
    private final ComplaintSla sla;
    private final TransactionRunner tx;
    private final IdGenerator ids;
    private final Clock clock;
    private final DomainEvents domainEvents;
    private final AccessGuard guard;

    @Inject
    DefaultComplaintService(ComplaintRepository complaints, PolicyRepository policies, ComplaintSla sla,
            TransactionRunner tx, IdGenerator ids, Clock clock, DomainEvents domainEvents, AccessGuard guard) {
        this.complaints = complaints;
        this.policies = policies;
        this.sla = sla;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
        this.domainEvents = domainEvents;
        this.guard = guard;
    }

    @Override
    public Complaint receive(Actor actor, NewComplaint command) {
        guard.require(actor, Action.LOG_INTERACTION);
        Objects.requireNonNull(command, "complaint");
        return tx.inTransaction(() -> {
            guard.requireVisibleReference(actor, command.customerId(), "customerId");
            ProductLine line = command.productLine();
            if (command.policyId() != null) {
                Policy p = policies.findById(command.policyId())
                        .orElseThrow(() -> new ValidationException("policyId", "exists", "names no known policy"));
                if (!p.holderId().equals(command.customerId())) {
                    throw new ValidationException("policyId", "holder", "is not a policy of this customer");
                }
                line = line == null ? p.productLine() : line;
            }
            Instant now = clock.instant();
            Complaint c = Complaint.receive(new ComplaintId(ids.next()), command, line, sla, now);
            complaints.insert(c);
            domainEvents.record(EventType.COMPLAINT_STATE_CHANGED, c.customerId(), c.id(), Map.of("to", c.state().name()));
            guard.record(actor, "RECEIVE_COMPLAINT", c.customerId(), List.of("complaint"));
            complaints.insertEvents(List.of(new ComplaintEvent(ids.next(), c.id(), 1, ComplaintEvent.Kind.RECEIVED,
                    null, c.state(), null, c.responsibleBranchId(), now, c.deadlineAt(), actor.userId(), null)));
            return c;
        });
    }

    @Override
    public Complaint transition(Actor actor, ComplaintId id, long expectedVersion, ComplaintTransition t) {
        guard.require(actor, Action.SERVICE);
        Objects.requireNonNull(t, "transition");
        return tx.inTransaction(() -> {
            Complaint current = complaints.findById(id).filter(c -> guard.visible(guard.scope(actor), c.customerId()))
                    .orElseThrow(() -> new NotFoundException("complaint", id));
            if (current.version() != expectedVersion) {
                throw new ConflictException("complaint", id, expectedVersion);
            }
            Instant now = clock.instant();
            Complaint next = current.moveTo(t, sla, now);
            complaints.updateAll(List.of(next));
            domainEvents.record(EventType.COMPLAINT_STATE_CHANGED, next.customerId(), id,
                    Map.of("from", current.state().name(), "to", next.state().name()));
            guard.record(actor, "COMPLAINT_TRANSITION", next.customerId(), List.of("complaint.state"));
            int seq = complaints.history(id).size() + 1;
            complaints.insertEvents(List.of(new ComplaintEvent(ids.next(), id, seq, ComplaintEvent.Kind.TRANSITION,
                    current.state(), next.state(), current.responsibleBranchId(), next.responsibleBranchId(), now,
                    next.deadlineAt(), actor.userId(), t.note())));
            return next;
        });
    }

    @Override
    public Optional<Complaint> get(Actor actor, ComplaintId id) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> complaints.findById(id)
                .filter(c -> guard.visible(guard.scope(actor), c.customerId())));
    }

    @Override
    public List<ComplaintEvent> history(Actor actor, ComplaintId id) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> complaints.findById(id)
                .filter(c -> guard.visible(guard.scope(actor), c.customerId())).isPresent()
                ? complaints.history(id) : List.<ComplaintEvent>of());
    }

    @Override
    public int escalateOverdue(Actor actor) {
        guard.requireWholeCompany(actor, Action.SERVICE);
        Instant now = clock.instant();
        int total = 0;
        while (true) {
            int done = tx.inTransaction(() -> {
                List<EscalationCandidate> batch = complaints.findEscalationCandidates(now, ESCALATION_BATCH);
                List<Complaint> next = new ArrayList<>(batch.size());
                List<ComplaintEvent> events = new ArrayList<>(batch.size());
                for (EscalationCandidate e : batch) {
                    Complaint c = e.complaint().escalateTo(e.parentBranchId(), sla, now);
                    next.add(c);
                    events.add(new ComplaintEvent(ids.next(), c.id(), e.historyCount() + 1,
                            ComplaintEvent.Kind.ESCALATION, c.state(), c.state(), e.complaint().responsibleBranchId(),
                            e.parentBranchId(), now, c.deadlineAt(), actor.userId(), "overdue since "
                                    + e.complaint().deadlineAt()));
                }
                complaints.updateAll(next);
                domainEvents.recordAll(next.stream().map(c -> new DomainEvents.Draft(EventType.COMPLAINT_ESCALATED, c.customerId(),
                        c.id(), Map.of("toBranch", c.responsibleBranchId().toString()))).collect(java.util.stream.Collectors.toList()));
                complaints.insertEvents(events);
                return batch.size();
            });
            total += done;
            if (done < ESCALATION_BATCH) {
                break;
            }
        }
        if (total > 0) {
            LOG.info("{} overdue complaints escalated by {}", total, actor.userId());
        }
        return total;
    }

    @Override
    public ComplaintAnalysis monthlyAnalysis(Actor actor, YearMonth month) {
        guard.require(actor, Action.AGGREGATES);
        Objects.requireNonNull(month, "month");
        ZoneId zone = clock.getZone();
        return complaints.analyse(month, month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }
}
