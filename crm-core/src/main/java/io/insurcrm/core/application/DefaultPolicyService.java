package io.insurcrm.core.application;

import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.blacklist.BlacklistRepository;
import io.insurcrm.core.blacklist.BlacklistScreen;
import io.insurcrm.core.blacklist.BlacklistedException;
import io.insurcrm.core.blacklist.PersonKey;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.common.NotFoundException;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.core.policy.PaymentId;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.PolicyRepository;
import io.insurcrm.core.policy.PolicyStatus;
import io.insurcrm.core.policy.PremiumPayment;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.core.event.DomainEvents;
import io.insurcrm.spi.EventType;
import java.util.Map;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class DefaultPolicyService implements PolicyService {
    private final PolicyRepository policies;
    private final CustomerRepository customers;
    private final BranchRepository branches;
    private final BlacklistScreen blacklist;
    private final TransactionRunner tx;
    private final IdGenerator ids;
    private final Clock clock;
    private final DomainEvents events;
    private final AccessGuard guard;

    @Inject
    DefaultPolicyService(PolicyRepository policies, CustomerRepository customers, BranchRepository branches,
            BlacklistRepository blacklist, TransactionRunner tx, IdGenerator ids, Clock clock, DomainEvents events,
            AccessGuard guard) {
        this.policies = policies;
        this.customers = customers;
        this.branches = branches;
        this.blacklist = new BlacklistScreen(blacklist, branches);
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
        this.guard = guard;
    }

    @Override
    public Policy issue(Actor actor, NewPolicy command) {
        guard.require(actor, Action.UPDATE);
        Objects.requireNonNull(command, "policy");
        return tx.inTransaction(() -> {
            Customer holder = customers.findById(command.holderId())
                    .filter(c -> guard.visible(guard.scope(actor), c.id()))
                    .orElseThrow(() -> new ValidationException("holderId", "exists", "names no known customer"));
            if (branches.findById(command.branchId()).isEmpty()) {
                throw new ValidationException("branchId", "exists", "names no known branch");
            }
            Instant now = clock.instant();
            blacklist.check(PersonKey.of(holder.profile()), command.branchId(), now).ifPresent(hit -> {
                throw new BlacklistedException("policy issue", hit);
            });
            Policy policy = Policy.issue(new PolicyId(ids.next()), command, PolicyStatus.IN_FORCE, now);
            policies.insert(policy);
            events.record(policy.previousPolicyNumber() == null ? EventType.POLICY_ISSUED : EventType.POLICY_RENEWED,
                    policy.holderId(), policy.id(), Map.of("productLine", policy.productLine().name()));
            guard.record(actor, "ISSUE_POLICY", policy.holderId(), List.of("policy"));
            return policy;
        });
    }

    @Override
    public Policy changeStatus(Actor actor, PolicyId id, long expectedVersion, PolicyStatus status) {
        guard.require(actor, Action.UPDATE);
        if (status == null) {
            throw new ValidationException("status", "required", "is required");
        }
        return tx.inTransaction(() -> {
            Policy current = policies.findById(id).filter(p -> guard.visible(guard.scope(actor), p.holderId()))
                    .orElseThrow(() -> new NotFoundException("policy", id));
            Policy stale = new Policy(current.id(), expectedVersion, current.policyNumber(), current.holderId(),
                    current.productLine(), current.productCode(), current.salesChannel(), current.branchId(),
                    current.licencePlate(), current.startDate(), current.endDate(), current.premium(),
                    current.sumInsured(), current.status(), current.previousPolicyNumber(), current.createdAt(),
                    current.updatedAt());
            Policy next = stale.withStatus(status, clock.instant());
            policies.update(next);
            if (status == PolicyStatus.LAPSED && current.status() != PolicyStatus.LAPSED) {
                events.record(EventType.POLICY_LAPSED, next.holderId(), next.id(), Map.of("from", current.status().name()));
            }
            guard.record(actor, "UPDATE_POLICY", next.holderId(), List.of("policy.status"));
            return next;
        });
    }

    @Override
    public Optional<Policy> get(Actor actor, PolicyId id) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> inScope(actor, policies.findById(id)));
    }

    @Override
    public Optional<Policy> findByNumber(Actor actor, String policyNumber) {
        guard.require(actor, Action.READ);
        String number = NewPolicy.canonicalNumber(policyNumber);
        return number == null ? Optional.empty() : tx.inTransaction(() -> inScope(actor, policies.findByNumber(number)));
    }

    @Override
    public List<Policy> ofCustomer(Actor actor, CustomerId customerId) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> guard.visible(guard.scope(actor), customerId)
                ? policies.findByHolder(customerId) : List.<Policy>of());
    }

    @Override
    public PremiumPayment recordPayment(Actor actor, PolicyId policyId, LocalDate dueDate, LocalDate paidDate,
            Money amount) {
        guard.require(actor, Action.UPDATE);
        PremiumPayment payment = new PremiumPayment(new PaymentId(ids.next()), policyId, dueDate, paidDate, amount);
        return tx.inTransaction(() -> {
            Policy policy = inScope(actor, policies.findById(policyId))
                    .orElseThrow(() -> new ValidationException("policyId", "exists", "names no known policy"));
            policies.insertPayment(payment);
            guard.record(actor, "RECORD_PAYMENT", policy.holderId(), List.of("premiumPayment"));
            return payment;
        });
    }

    @Override
    public List<PremiumPayment> payments(Actor actor, PolicyId policyId) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> inScope(actor, policies.findById(policyId)).isPresent()
                ? policies.findPayments(policyId) : List.<PremiumPayment>of());
    }

    private Optional<Policy> inScope(Actor actor, Optional<Policy> policy) {
        return policy.filter(p -> guard.visible(guard.scope(actor), p.holderId()));
    }
}
