package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
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

    @Inject
    DefaultCustomerService(CustomerRepository customers, HouseholdRepository households, BranchRepository branches,
            BlacklistRepository blacklist, TransactionRunner tx, IdGenerator ids, Clock clock) {
        this.customers = customers;
        this.households = households;
        this.branches = branches;
        this.blacklist = new BlacklistScreen(blacklist, branches);
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Customer create(Actor actor, CustomerProfile profile, BranchId branchId) {
        Objects.requireNonNull(actor, "actor");
        requireNotBornInFuture(profile);
        return tx.inTransaction(() -> {
            requireBranch(branchId);
            Instant now = clock.instant();
            blacklist.check(PersonKey.of(profile), branchId, now).ifPresent(hit -> {
                throw new BlacklistedException("customer creation", hit);
            });
            Customer customer = new Customer(new CustomerId(ids.next()), 1, profile, branchId, now, now);
            customers.insert(customer);
            LOG.debug("customer {} created by {}", customer.id(), actor.userId());
            return customer;
        });
    }

    @Override
    public Customer update(Actor actor, CustomerId id, long expectedVersion, CustomerProfile profile) {
        Objects.requireNonNull(actor, "actor");
        requireNotBornInFuture(profile);
        return tx.inTransaction(() -> {
            Customer current = customers.findById(id).orElseThrow(() -> new NotFoundException("customer", id));
            Customer stale = new Customer(current.id(), expectedVersion, current.profile(), current.branchId(),
                    current.createdAt(), current.updatedAt());
            Customer next = stale.withProfile(profile, current.branchId(), clock.instant());
            customers.update(next);
            LOG.debug("customer {} updated to v{} by {}", id, next.version(), actor.userId());
            return next;
        });
    }

    @Override
    public Optional<Customer> get(Actor actor, CustomerId id) {
        Objects.requireNonNull(actor, "actor");
        return customers.findById(id);
    }

    @Override
    public Household joinHousehold(Actor actor, String householdCode, CustomerId customerId,
            Relationship relationship) {
        Objects.requireNonNull(actor, "actor");
        if (householdCode == null || householdCode.isBlank()) {
            throw new ValidationException("householdCode", "required", "is required");
        }
        if (relationship == null) {
            throw new ValidationException("relationship", "required", "is required");
        }
        return tx.inTransaction(() -> {
            customers.findById(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
            String code = householdCode.strip();
            HouseholdId hid = households.ensure(Set.of(code), () -> new HouseholdId(ids.next())).get(code);
            households.putAll(List.of(new HouseholdMembership(hid, customerId, relationship)));
            return households.findByCustomer(customerId).orElseThrow();
        });
    }

    @Override
    public Optional<Household> household(Actor actor, CustomerId customerId) {
        Objects.requireNonNull(actor, "actor");
        return households.findByCustomer(customerId);
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
