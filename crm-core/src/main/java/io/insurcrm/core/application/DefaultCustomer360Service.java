package io.insurcrm.core.application;

import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.Customer360Source;
import io.insurcrm.core.access.RowScope;
import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.Household;
import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.core.view.Customer360;
import io.insurcrm.core.view.CustomerCard;
import io.insurcrm.core.view.CustomerLookup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assembles the view with a fixed number of statements on one connection ({@link
 * TransactionRunner#inSession}: no transaction of its own, since each statement reads its own snapshot
 * under read-committed isolation either way and the only write is one statement): the customer found
 * by the identifier within the actor's row scope together with his household (one query per
 * reading of the identifier, usually one), his policies with their claims (one), his newest
 * interactions (one), and, for a read in clear, one staged audit entry listing every field shown in
 * clear (card and household names), which the store may send in the same statement as the
 * interactions. The branch table is read only for a scope that needs it.
 */
final class DefaultCustomer360Service implements Customer360Service {
    private final Customer360Source source;
    private final TransactionRunner tx;
    private final Clock clock;
    private final CoreSettings settings;
    private final AccessGuard guard;

    @Inject
    DefaultCustomer360Service(Customer360Source source, TransactionRunner tx, Clock clock, CoreSettings settings,
            AccessGuard guard) {
        this.source = source;
        this.tx = tx;
        this.clock = clock;
        this.settings = settings;
        this.guard = guard;
    }

    @Override
    public Optional<Customer360> find(Actor actor, String identifier) {
        guard.require(actor, Action.READ);
        return tx.inSession(() -> {
            RowScope scope = guard.scope(actor);
            for (CustomerLookup lookup : CustomerLookup.candidates(identifier)) {
                Optional<Customer360Source.Subject> found = source.find(lookup, scope);
                if (found.isPresent()) {
                    return Optional.of(assemble(actor, found.get()));
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public Optional<Customer360> find(Actor actor, CustomerLookup lookup) {
        guard.require(actor, Action.READ);
        Objects.requireNonNull(lookup, "lookup");
        return tx.inSession(() -> source.find(lookup, guard.scope(actor)).map(found -> assemble(actor, found)));
    }

    private Customer360 assemble(Actor actor, Customer360Source.Subject found) {
        Customer customer = found.customer();
        CustomerId id = customer.id();
        LocalDate asOf = LocalDate.now(clock);
        List<String> inClear = new ArrayList<>();
        CustomerCard card = guard.card(actor, customer, inClear);
        Optional<Household> household = found.household().map(h -> guard.household(actor, h, inClear));
        List<Customer360.PolicyWithClaims> withClaims = source.policiesWithClaims(id);
        // one audit entry for the whole view, staged with the last read (in its statement on PostgreSQL)
        List<Interaction> recent = source.recentInteractions(id, settings.interactionsInView(),
                guard.reads(actor, id, inClear));
        return new Customer360(card, household, withClaims, recent, totals(withClaims, asOf), asOf);
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
