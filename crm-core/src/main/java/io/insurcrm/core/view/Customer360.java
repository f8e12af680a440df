package io.insurcrm.core.view;

import io.insurcrm.core.claim.Claim;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.Household;
import io.insurcrm.core.interaction.Interaction;
import io.insurcrm.core.policy.Policy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything about one customer, in one immutable value: profile (as a {@link CustomerCard}, masked
 * for the actor who asked), household (members in his scope, names masked likewise), policies with
 * their claims, interactions (newest first) and totals. Built with a bounded number of queries whatever
 * the size of the customer's book.
 *
 * @param household    empty if the customer is in no household
 * @param interactions newest first, at most the configured limit
 * @param asOf         the date the totals were computed for
 */
public record Customer360(CustomerCard customer, Optional<Household> household, List<PolicyWithClaims> policies,
        List<Interaction> interactions, Totals totals, LocalDate asOf) {
    public Customer360 {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(household, "household");
        policies = List.copyOf(policies);
        interactions = List.copyOf(interactions);
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** A policy and the claims made on it, newest loss first. */
    public record PolicyWithClaims(Policy policy, List<Claim> claims) {
        public PolicyWithClaims {
            Objects.requireNonNull(policy, "policy");
            claims = List.copyOf(claims);
        }
    }

    /**
     * Totals over the customer's book, in the book's currency (CNY by default).
     *
     * @param premiumInForce sum of premiums of the policies in force on {@code asOf}
     * @param premiumWritten sum of premiums of all the customer's policies, ever
     * @param claimsPaid     sum of amounts paid on all the customer's claims, ever
     * @param lossRatio      claimsPaid / premiumWritten, 4 decimals; empty if nothing was written
     */
    public record Totals(int policiesInForce, int policiesTotal, int claimsTotal, Money premiumInForce,
            Money premiumWritten, Money claimsPaid, Optional<BigDecimal> lossRatio) {
    }
}
