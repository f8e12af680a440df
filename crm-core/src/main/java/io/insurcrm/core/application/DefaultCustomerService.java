package io.insurcrm.core.application;

import io.insurcrm.core.access.AccessDeniedException;
import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.view.CustomerCard;
import io.insurcrm.core.blacklist.BlacklistRepository;
import io.insurcrm.core.blacklist.BlacklistScreen;
import io.insurcrm.core.blacklist.BlacklistedException;
import io.insurcrm.core.blacklist.PersonKey;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.common.NotFoundException;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.customer.Household;
import io.insurcrm.core.customer.HouseholdId;
import io.insurcrm.core.customer.HouseholdMembership;
import io.insurcrm.core.customer.HouseholdRepository;
import io.insurcrm.core.customer.Relationship;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchRepository;
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
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class DefaultCustomerService implements CustomerService {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultCustomerService.class);

    private final CustomerRepository customers;
    private final HouseholdRepository households;
    private final BranchRepository branches;
    private final BlacklistScreen blacklist;
    private final TransactionRunner tx;
    private final IdGenerator ids;
    private final Clock clock;
    private final DomainEvents events;
    private final AccessGuard guard;

    @Inject
    DefaultCustomerService(CustomerRepository customers, HouseholdRepository households, BranchRepository branches,
            BlacklistRepository blacklist, TransactionRunner tx, IdGenerator ids, Clock clock, DomainEvents events, AccessGuard guard) {
        this.customers = customers;
        this.households = households;
        this.branches = branches;
        this.blacklist = new BlacklistScreen(blacklist, branches);
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
        this.guard = guard;
    }

    @Override
    public Customer create(Actor actor, CustomerProfile profile, BranchId branchId) {
        guard.require(actor, Action.CREATE);
        requireNotBornInFuture(profile);
        return tx.inTransaction(() -> {
            requireBranch(branchId);
            if (!guard.scope(actor).equals(RowScope.ALL) && !inScope(actor, branchId)) {
                throw new ValidationException("branchId", "scope", "is outside the actor's branches");
            }
            Instant now = clock.instant();
            blacklist.check(PersonKey.of(profile), branchId, now).ifPresent(hit -> {
                throw new BlacklistedException("customer creation", hit);
            });
            Customer customer = new Customer(new CustomerId(ids.next()), 1, profile, branchId, now, now);
            customers.insert(customer);
            events.record(EventType.CUSTOMER_CREATED, customer.id(), customer.id(), Map.of("branch", branchId.toString()));
            guard.record(actor, "CREATE", customer.id(), AccessGuard.changedFields(null, customer));
            LOG.debug("customer {} created by {}", customer.id(), actor.userId());
            return customer;
        });
    }

    @Override
    public Customer update(Actor actor, CustomerId id, long expectedVersion, CustomerProfile profile) {
        guard.require(actor, Action.UPDATE);
        requireNotBornInFuture(profile);
        return tx.inTransaction(() -> {
            guard.requireVisible(actor, id);
            Customer current = customers.findById(id).orElseThrow(() -> new NotFoundException("customer", id));
            Customer stale = new Customer(current.id(), expectedVersion, current.profile(), current.branchId(),
                    current.createdAt(), current.updatedAt());
            Customer next = stale.withProfile(profile, current.branchId(), clock.instant());
            customers.update(next);
            events.record(EventType.CUSTOMER_UPDATED, id, id, Map.of("version", Long.toString(next.version())));
            guard.record(actor, "UPDATE", id, AccessGuard.changedFields(current, next));
            LOG.debug("customer {} updated to v{} by {}", id, next.version(), actor.userId());
            return next;
        });
    }

    @Override
    public Optional<Customer> get(Actor actor, CustomerId id) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> {
            if (!guard.visible(guard.scope(actor), id)) {
                return Optional.<Customer>empty();
            }
            Optional<Customer> found = customers.findById(id);
            found.ifPresent(c -> {
                if (!guard.seesAllInClear(actor, c.profile().kind())) {
                    throw new AccessDeniedException(actor.role(), Action.READ);
                }
                guard.card(actor, c); // audits the read in clear
            });
            return found;
        });
    }

    @Override
    public Optional<CustomerCard> card(Actor actor, CustomerId id) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> guard.visible(guard.scope(actor), id)
                ? customers.findById(id).map(c -> guard.card(actor, c)) : Optional.<CustomerCard>empty());
    }

    @Override
    public Household joinHousehold(Actor actor, String householdCode, CustomerId customerId,
            Relationship relationship) {
        guard.require(actor, Action.UPDATE);
        if (householdCode == null || householdCode.isBlank()) {
            throw new ValidationException("householdCode", "required", "is required");
        }
        if (relationship == null) {
            throw new ValidationException("relationship", "required", "is required");
        }
        return tx.inTransaction(() -> {
            guard.requireVisible(actor, customerId);
            customers.findById(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
            String code = householdCode.strip();
            HouseholdId hid = households.ensure(Set.of(code), () -> new HouseholdId(ids.next())).get(code);
            households.putAll(List.of(new HouseholdMembership(hid, customerId, relationship)));
            guard.record(actor, "UPDATE", customerId, List.of("household"));
            return guard.household(actor, customerId, households.findByCustomer(customerId).orElseThrow());
        });
    }

    @Override
    public Optional<Household> household(Actor actor, CustomerId customerId) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> guard.visible(guard.scope(actor), customerId)
                ? households.findByCustomer(customerId).map(h -> guard.household(actor, customerId, h))
                : Optional.<Household>empty());
    }

    private boolean inScope(Actor actor, BranchId branchId) {
        RowScope scope = guard.scope(actor);
        if (scope instanceof RowScope.BranchSubtree) {
            return ((RowScope.BranchSubtree) scope).branches().contains(branchId);
        }
        // own-customer and composite scopes: a new customer has no manager yet, so the actor's
        // home branch subtree decides, as for a branch-scoped actor
        return actor.branchId() == null || new io.insurcrm.core.organisation.BranchTree(branches.findAll())
                .subtree(actor.branchId()).contains(branchId);
    }

    private void requireBranch(BranchId branchId) {
        if (branchId == null) {
            throw new ValidationException("branchId", "required", "is required");
        }
        if (branches.findById(branchId).isEmpty()) {
            throw new ValidationException("branchId", "exists", "names no known branch");
        }
    }

    private void requireNotBornInFuture(CustomerProfile profile) {
        Objects.requireNonNull(profile, "profile");
        if (profile.dateOfBirth() != null && profile.dateOfBirth().isAfter(LocalDate.now(clock))) {
            throw new ValidationException("dateOfBirth", "past", "must not be in the future");
        }
    }
}
