package io.insurcrm.analytics.model;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.organisation.BranchId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the book says about one customer as of a date, computed by the store in one set-based pass
 * (see docs/analytics.md for every definition). Amounts are in the book currency (CNY), two decimals.
 * Windows are rolling and end on the as-of date inclusive: "12 months" is (asOf − 12 months, asOf].
 *
 * @param premium12          premium of policies that started in the last 12 months (written premium)
 * @param premiumPrev12      premium of policies that started in the 12 months before those
 * @param premiumInForce     premium of policies IN_FORCE whose period contains the as-of date
 * @param policiesTotal      policies that started on or before the as-of date
 * @param policiesInForce    policies in force on the as-of date
 * @param productLinesInForce distinct product lines among them
 * @param intermediatedInForce of them, sold through an agent, a broker or a bank
 * @param firstPolicyStart   start of the customer's first policy (tenure), null without policies
 * @param earned12           premium earned in the last 12 months, pro rata of each policy's days inside the window
 * @param earned36           the same over 36 months
 * @param claims12           claims with a loss date in the last 12 months (any status)
 * @param claimsPaid12       their paid amounts
 * @param claims36           claims with a loss date in the last 36 months
 * @param claimsPaid36       their paid amounts
 * @param deniedClaims12     claims DENIED with a loss date in the last 12 months
 * @param litigation36       claims in litigation with a loss date in the last 36 months
 * @param lastLossDate       the latest loss date on or before the as-of date, null if never
 * @param policiesEnded36    policies (not cancelled) that ended in the 36 months before the as-of date
 * @param policiesRenewed36  of them, those renewed (a later policy names it as previous policy)
 * @param renewalsDue        policies IN_FORCE ending within the renewal-due window after the as-of date
 * @param renewalFollowUps   RENEWAL_FOLLOW_UP contacts in the follow-up look-back window
 * @param complaints12       complaints in the last 12 months (today: COMPLAINT interactions)
 * @param interactions12     contacts of any kind in the last 12 months
 * @param personalContacts12 of them face to face or by voice (visit, counter, seminar, VIP event, call centre)
 * @param digitalContacts12  of them through web, app, self-service, WeChat, SMS or e-mail
 * @param advisoryContacts12 of them inquiries, service requests or claim service
 * @param lastContact        the latest contact on or before the as-of date, null if never
 * @param serviceCost12      interactions12 × the configured cost per interaction
 * @param profit12           earned12 − claimsPaid12 − serviceCost12
 * @param bookPremium12      premium12 summed over the whole book (for the customer's share)
 */
public record CustomerFacts(CustomerId customerId, BranchId branchId, CustomerKind kind, LocalDate asOf,
        BigDecimal premium12, BigDecimal premiumPrev12, BigDecimal premiumInForce, int policiesTotal,
        int policiesInForce, int productLinesInForce, int intermediatedInForce, LocalDate firstPolicyStart,
        BigDecimal earned12, BigDecimal earned36, int claims12, BigDecimal claimsPaid12, int claims36,
        BigDecimal claimsPaid36, int deniedClaims12, int litigation36, LocalDate lastLossDate, int policiesEnded36,
        int policiesRenewed36, int renewalsDue, int renewalFollowUps, int complaints12, int interactions12,
        int personalContacts12, int digitalContacts12, int advisoryContacts12, Instant lastContact,
        BigDecimal serviceCost12, BigDecimal profit12, BigDecimal bookPremium12) {

    public CustomerFacts {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** (premium12 − premiumPrev12) / premiumPrev12, four decimals; null when there was no premium before. */
    public BigDecimal premiumGrowth() {
        return ratio(premium12.subtract(premiumPrev12), premiumPrev12);
    }

    /** claimsPaid36 / earned36, four decimals; null when nothing was earned. */
    public BigDecimal lossRatio() {
        return ratio(claimsPaid36, earned36);
    }

    /** policiesRenewed36 / policiesEnded36, four decimals; null when no policy ended. */
    public BigDecimal renewalRate() {
        return policiesEnded36 == 0 ? null : ratio(BigDecimal.valueOf(policiesRenewed36),
                BigDecimal.valueOf(policiesEnded36));
    }

    /** premium12 / bookPremium12, six decimals; zero for an empty book. */
    public BigDecimal premiumShare() {
        return bookPremium12.signum() == 0 ? BigDecimal.ZERO
                : premium12.divide(bookPremium12, 6, RoundingMode.HALF_UP);
    }

    /** Whole years from the last loss to the as-of date; null if the customer never had a claim. */
    public Integer yearsSinceLastClaim() {
        return lastLossDate == null ? null : Period.between(lastLossDate, asOf).getYears();
    }

    /** Whole years since the first policy started; 0 without policies. */
    public int tenureYears() {
        return firstPolicyStart == null ? 0 : Period.between(firstPolicyStart, asOf).getYears();
    }

    /** Days from the last contact (as a date in {@code zone}) to the as-of date; null if never contacted. */
    public Long daysSinceLastContact(ZoneId zone) {
        return lastContact == null ? null : ChronoUnit.DAYS.between(lastContact.atZone(zone).toLocalDate(), asOf);
    }

    private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return b == null || b.signum() == 0 ? null : a.divide(b, 4, RoundingMode.HALF_UP);
    }
}
