package io.insurcrm.core.application;

import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.claim.ClaimId;
import io.insurcrm.core.claim.ClaimRepository;
import io.insurcrm.core.claim.ClaimStatus;
import io.insurcrm.core.claim.NewClaim;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.common.NotFoundException;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyRepository;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.core.event.DomainEvents;
import io.insurcrm.spi.EventType;
import java.util.Map;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class DefaultClaimService implements ClaimService {
    private final ClaimRepository claims;
    private final PolicyRepository policies;
    private final TransactionRunner tx;
    private final IdGenerator ids;
    private final Clock clock;
    private final DomainEvents events;
    private final AccessGuard guard;

    @Inject
    DefaultClaimService(ClaimRepository claims, PolicyRepository policies, TransactionRunner tx, IdGenerator ids,
            Clock clock, DomainEvents events, AccessGuard guard) {
        this.claims = claims;
        this.policies = policies;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
        this.guard = guard;
    }

    @Override
    public Claim file(Actor actor, NewClaim command) {
        guard.require(actor, Action.UPDATE);
        Objects.requireNonNull(command, "claim");
        if (command.reportedDate().isAfter(LocalDate.now(clock))) {
            throw new ValidationException("reportedDate", "past", "must not be in the future");
        }
        return tx.inTransaction(() -> {
            Policy policy = policies.findById(command.policyId())
                    .filter(p -> guard.visible(guard.scope(actor), p.holderId()))
                    .orElseThrow(() -> new ValidationException("policyId", "exists", "names no known policy"));
            if (!policy.premium().currency().equals(command.claimedAmount().currency())) {
                throw new ValidationException("claimedAmount", "currency", "must be in the policy's currency");
            }
            Claim claim = Claim.file(new ClaimId(ids.next()), policy.holderId(), command, clock.instant());
            claims.insert(claim);
            events.record(EventType.CLAIM_FILED, claim.customerId(), claim.id(), Map.of("policy", policy.id().toString()));
            guard.record(actor, "FILE_CLAIM", claim.customerId(), List.of("claim"));
            return claim;
        });
    }

    @Override
    public Claim settle(Actor actor, ClaimId id, long expectedVersion, ClaimStatus status, Money paidAmount,
            LocalDate settledDate) {
        guard.require(actor, Action.UPDATE);
        return tx.inTransaction(() -> {
            Claim current = claims.findById(id).filter(c -> guard.visible(guard.scope(actor), c.customerId()))
                    .orElseThrow(() -> new NotFoundException("claim", id));
            if (current.version() != expectedVersion) {
                throw new io.insurcrm.core.common.ConflictException("claim", id, expectedVersion);
            }
            NewClaim t = current.terms();
            NewClaim changed = new NewClaim(t.claimNumber(), t.policyId(), t.lossDate(), t.reportedDate(), settledDate,
                    t.claimedAmount(), paidAmount, status, t.litigation(), t.cause());
            Claim next = current.withTerms(changed, clock.instant());
            claims.update(next);
            if (status == ClaimStatus.PAID && current.status() != ClaimStatus.PAID) {
                events.record(EventType.CLAIM_PAID, next.customerId(), next.id(), Map.of("policy", t.policyId().toString()));
            }
            guard.record(actor, "SETTLE_CLAIM", next.customerId(), List.of("claim.status", "claim.paidAmount"));
            return next;
        });
    }

    @Override
    public Optional<Claim> get(Actor actor, ClaimId id) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> claims.findById(id).filter(c -> guard.visible(guard.scope(actor), c.customerId())));
    }

    @Override
    public List<Claim> ofCustomer(Actor actor, CustomerId customerId) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> guard.visible(guard.scope(actor), customerId)
                ? claims.findByCustomer(customerId) : List.<Claim>of());
    }
}
