package io.insurcrm.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The facts about one customer as of a date, computed by the host in one set-based pass over the
 * book and handed to alert and segment rules one customer at a time. Every amount is in
 * {@link #currency()}; "12 months" means the 12 months ending on {@link #asOf()}. The record holds
 * no personal data: the customer is an opaque reference.
 *
 * @param customerRef            an opaque reference to the customer
 * @param asOf                   the date the facts were computed for
 * @param currency               ISO 4217 code of every amount, e.g. {@code CNY}
 * @param premiumWrittenThisYear premium of policies starting in the calendar year of {@code asOf}, up to it
 * @param premiumWrittenLastYear premium of policies starting in the previous calendar year
 * @param premiumInForce         premium of the policies in force on {@code asOf}
 * @param claimCount12m          claims reported in the last 12 months
 * @param claimCount36m          claims reported in the last 36 months
 * @param claimsPaid12m          paid on claims reported in the last 12 months
 * @param claimsPaid36m          paid on claims reported in the last 36 months
 * @param lossRatio              claims paid / premium written over the last 36 months; empty if nothing was written
 * @param yearsSinceLastClaim    whole years since the last claim was reported; empty if the customer never claimed
 * @param tenureYears            whole years since the customer's first policy started
 * @param policyCount            policies in force on {@code asOf}
 * @param productLineCount       distinct product lines among those policies
 * @param renewalRate            share (0..1) of policies due in the last 12 months that were renewed; empty if none was due
 * @param complaints12m          complaints received in the last 12 months
 * @param litigation             whether any claim of the customer went to litigation
 * @param lastInteraction        the date of the latest interaction on any channel, if any
 * @param recentClaims           the claims reported in the last 36 months, newest report first
 */
public record CustomerFacts(String customerRef, LocalDate asOf, String currency,
        BigDecimal premiumWrittenThisYear, BigDecimal premiumWrittenLastYear, BigDecimal premiumInForce,
        int claimCount12m, int claimCount36m, BigDecimal claimsPaid12m, BigDecimal claimsPaid36m,
        Optional<BigDecimal> lossRatio, OptionalInt yearsSinceLastClaim, int tenureYears, int policyCount,
        int productLineCount, Optional<BigDecimal> renewalRate, int complaints12m, boolean litigation,
        Optional<LocalDate> lastInteraction, List<ClaimFact> recentClaims) {

    /**
     * Checks and copies.
     *
     * @param customerRef see the record component
     * @param asOf see the record component
     * @param currency see the record component
     * @param premiumWrittenThisYear see the record component
     * @param premiumWrittenLastYear see the record component
     * @param premiumInForce see the record component
     * @param claimCount12m see the record component
     * @param claimCount36m see the record component
     * @param claimsPaid12m see the record component
     * @param claimsPaid36m see the record component
     * @param lossRatio see the record component
     * @param yearsSinceLastClaim see the record component
     * @param tenureYears see the record component
     * @param policyCount see the record component
     * @param productLineCount see the record component
     * @param renewalRate see the record component
     * @param complaints12m see the record component
     * @param litigation see the record component
     * @param lastInteraction see the record component
     * @param recentClaims see the record component
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if a count is negative
     */
    public CustomerFacts {
        Objects.requireNonNull(customerRef, "customerRef");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(premiumWrittenThisYear, "premiumWrittenThisYear");
        Objects.requireNonNull(premiumWrittenLastYear, "premiumWrittenLastYear");
        Objects.requireNonNull(premiumInForce, "premiumInForce");
        Objects.requireNonNull(claimsPaid12m, "claimsPaid12m");
        Objects.requireNonNull(claimsPaid36m, "claimsPaid36m");
        Objects.requireNonNull(lossRatio, "lossRatio");
        Objects.requireNonNull(yearsSinceLastClaim, "yearsSinceLastClaim");
        Objects.requireNonNull(renewalRate, "renewalRate");
        Objects.requireNonNull(lastInteraction, "lastInteraction");
        recentClaims = List.copyOf(recentClaims);
        if (claimCount12m < 0 || claimCount36m < 0 || tenureYears < 0 || policyCount < 0 || productLineCount < 0
                || complaints12m < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /**
     * Facts with nothing in them (no premium, no claim, no complaint), as a starting point for
     * rule tests together with the {@code with...} methods.
     *
     * @param customerRef the customer
     * @param asOf        the as-of date
     * @param currency    the currency of amounts
     * @return the facts
     */
    public static CustomerFacts empty(String customerRef, LocalDate asOf, String currency) {
        return new CustomerFacts(customerRef, asOf, currency, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                0, 0, BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty(), OptionalInt.empty(), 0, 0, 0,
                Optional.empty(), 0, false, Optional.empty(), List.of());
    }

    /**
     * A copy with other premium facts.
     *
     * @param thisYear premium written this year
     * @param lastYear premium written last year
     * @param inForce  premium in force
     * @return the copy
     */
    public CustomerFacts withPremium(BigDecimal thisYear, BigDecimal lastYear, BigDecimal inForce) {
        return new CustomerFacts(customerRef, asOf, currency, thisYear, lastYear, inForce, claimCount12m,
                claimCount36m, claimsPaid12m, claimsPaid36m, lossRatio, yearsSinceLastClaim, tenureYears,
                policyCount, productLineCount, renewalRate, complaints12m, litigation, lastInteraction, recentClaims);
    }

    /**
     * A copy with other claim facts.
     *
     * @param count12m            claims in 12 months
     * @param count36m            claims in 36 months
     * @param paid12m             paid in 12 months
     * @param paid36m             paid in 36 months
     * @param ratio               loss ratio, if any
     * @param yearsSinceLast      years since the last claim, if any
     * @param claims              the recent claims
     * @return the copy
     */
    public CustomerFacts withClaims(int count12m, int count36m, BigDecimal paid12m, BigDecimal paid36m,
            Optional<BigDecimal> ratio, OptionalInt yearsSinceLast, List<ClaimFact> claims) {
        return new CustomerFacts(customerRef, asOf, currency, premiumWrittenThisYear, premiumWrittenLastYear,
                premiumInForce, count12m, count36m, paid12m, paid36m, ratio, yearsSinceLast, tenureYears,
                policyCount, productLineCount, renewalRate, complaints12m, litigation, lastInteraction, claims);
    }

    /**
     * A copy with other relationship facts.
     *
     * @param tenure       tenure in years
     * @param policies     policies in force
     * @param productLines product lines in force
     * @param renewal      renewal rate, if any
     * @return the copy
     */
    public CustomerFacts withRelationship(int tenure, int policies, int productLines, Optional<BigDecimal> renewal) {
        return new CustomerFacts(customerRef, asOf, currency, premiumWrittenThisYear, premiumWrittenLastYear,
                premiumInForce, claimCount12m, claimCount36m, claimsPaid12m, claimsPaid36m, lossRatio,
                yearsSinceLastClaim, tenure, policies, productLines, renewal, complaints12m, litigation,
                lastInteraction, recentClaims);
    }

    /**
     * A copy with other service facts.
     *
     * @param complaints     complaints in 12 months
     * @param inLitigation   whether a claim went to litigation
     * @param lastContact    the last interaction date, if any
     * @return the copy
     */
    public CustomerFacts withService(int complaints, boolean inLitigation, Optional<LocalDate> lastContact) {
        return new CustomerFacts(customerRef, asOf, currency, premiumWrittenThisYear, premiumWrittenLastYear,
                premiumInForce, claimCount12m, claimCount36m, claimsPaid12m, claimsPaid36m, lossRatio,
                yearsSinceLastClaim, tenureYears, policyCount, productLineCount, renewalRate, complaints,
                inLitigation, lastContact, recentClaims);
    }
}
