package io.insurcrm.core.application;

import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.claim.ClaimRepository;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerRepository;
import io.insurcrm.core.customer.HouseholdRepository;
import io.insurcrm.core.interaction.InteractionRepository;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.PolicyId;
import io.insurcrm.core.policy.PolicyRepository;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.core.view.Customer360;
import io.insurcrm.core.view.CustomerLookup;
import io.insurcrm.core.application.Customer360Service;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Assembles the view with a fixed number of queries: one to resolve the identifier, the branch
 * table and the row-scope predicate (access), then customer, household, policies, claims and
 * interactions, one query each, and the audit append of a read in clear (lock head, insert, move
 * head), inside one transaction so the parts are consistent.
 */
final class DefaultCustomer360Service implements Customer360Service {
    private final CustomerRepository customers;
    private final HouseholdRepository households;
    private final PolicyRepository policies;
    private final ClaimRepository claims;
    private final InteractionRepository interactions;
    private final TransactionRunner tx;
    private final Clock clock;
    private final CoreSettings settings;
    private final AccessGuard guard;

    @Inject
    DefaultCustomer360Service(CustomerRepository customers, HouseholdRepository households, PolicyRepository policies,
            ClaimRepository claims, InteractionRepository interactions, TransactionRunner tx, Clock clock,
            CoreSettings settings, AccessGuard guard) {
        this.customers = customers;
        this.households = households;
        this.policies = policies;
        this.claims = claims;
        this.interactions = interactions;
        this.tx = tx;
        this.clock = clock;
        this.settings = settings;
        this.guard = guard;
    }

    @Override
    public Optional<Customer360> find(Actor actor, String identifier) {
        guard.require(actor, Action.READ);
        return tx.inTransaction(() -> {
            RowScope scope = guard.scope(actor);
            for (CustomerLookup lookup : CustomerLookup.candidates(identifier)) {
                Optional<CustomerId> id = resolve(lookup).filter(found -> guard.visible(scope, found));
                if (id.isPresent()) {
                    return assemble(actor, scope, id.get());
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public Optional<Customer360> find(Actor actor, CustomerLookup lookup) {
        guard.require(actor, Action.READ);
        Objects.requireNonNull(lookup, "lookup");
        return tx.inTransaction(() -> {
            RowScope scope = guard.scope(actor);
            return resolve(lookup).filter(id -> guard.visible(scope, id)).flatMap(id -> assemble(actor, scope, id));
        });
    }

    private Optional<CustomerId> resolve(CustomerLookup lookup) {
        if (lookup instanceof CustomerLookup.ById byId) {
            return Optional.of(byId.id());
        } else if (lookup instanceof CustomerLookup.ByNationalId byNid) {
            return customers.findIdByNationalId(byNid.nationalId());
        } else if (lookup instanceof CustomerLookup.ByMobile byMobile) {
            return customers.findIdByMobile(byMobile.mobile());
        } else if (lookup instanceof CustomerLookup.ByLicencePlate byPlate) {
            return policies.findHolderByLicencePlate(byPlate.plate());
        } else if (lookup instanceof CustomerLookup.ByPolicyNumber byNumber) {
            return policies.findByNumber(byNumber.policyNumber()).map(Policy::holderId);
        }
        throw new IllegalArgumentException("unknown lookup " + lookup.getClass().getSimpleName());
    }

    private Optional<Customer360> assemble(Actor actor, RowScope scope, CustomerId id) {
        Optional<Customer> customer = customers.findById(id);
        if (customer.isEmpty()) {
            return Optional.empty();
        }
        LocalDate asOf = LocalDate.now(clock);
        List<Policy> held = policies.findByHolder(id);
        Map<PolicyId, List<Claim>> claimsByPolicy = new LinkedHashMap<>();
        for (Claim claim : claims.findByCustomer(id)) {
            claimsByPolicy.computeIfAbsent(claim.policyId(), k -> new ArrayList<>()).add(claim);
        }
        List<Customer360.PolicyWithClaims> withClaims = new ArrayList<>(held.size());
        for (Policy p : held) {
            withClaims.add(new Customer360.PolicyWithClaims(p, claimsByPolicy.getOrDefault(p.id(), List.of())));
        }
        return Optional.of(new Customer360(guard.card(actor, customer.get()),
                households.findByCustomer(id).map(h -> guard.household(actor, scope, id, h)), withClaims,
                interactions.findRecentByCustomer(id, settings.interactionsInView()), totals(withClaims, asOf),
                asOf));
    }

    static Customer360.Totals totals(List<Customer360.PolicyWithClaims> book, LocalDate asOf) {
        Currency currency = book.isEmpty() ? Money.CNY : book.get(0).policy().premium().currency();
        Money inForce = Money.zero(currency);
        Money written = Money.zero(currency);
        Money paid = Money.zero(currency);
        int policiesInForce = 0;
        int claimCount = 0;
        for (Customer360.PolicyWithClaims pwc : book) {
            Policy p = pwc.policy();
            written = written.plus(p.premium());
            if (p.inForceOn(asOf)) {
                inForce = inForce.plus(p.premium());
                policiesInForce++;
            }
            for (Claim c : pwc.claims()) {
                claimCount++;
                paid = paid.plus(c.paidOrZero());
            }
        }
        Optional<BigDecimal> lossRatio = written.amount().signum() == 0 ? Optional.empty()
                : Optional.of(paid.amount().divide(written.amount(), 4, RoundingMode.HALF_EVEN));
        return new Customer360.Totals(policiesInForce, book.size(), claimCount, inForce, written, paid, lossRatio);
    }
}
