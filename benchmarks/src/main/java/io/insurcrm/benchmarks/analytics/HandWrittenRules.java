package io.insurcrm.benchmarks.analytics;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * The baseline of the analytics benchmarks: crm-analytics's default segmentation, scores and built-in
 * alert rules (docs/analytics.md, default thresholds) as the hand-written if/else a programmer would
 * write for one fixed rule set, on a plain mutable row of longs (amounts in cents) and ints. No reasons,
 * no settings, no records: the least work that gives the same tiers, segments, scores and alerts.
 * Ratios are compared exactly in integer arithmetic (e.g. {@code 5 × (p − prev) ≥ prev} for a 20% growth),
 * and the scores are rounded half up as the library rounds them, so both sides agree to the unit.
 * Used by the macro benchmark's analytics phase and by {@code ClassificationBenchmark}.
 */
public final class HandWrittenRules {
    /** Tiers, loyalty and styles as the library names them. */
    public static final String[] TIERS = {"A", "B", "C"};
    public static final String[] LOYALTY = {"LAPSED", "WARNING", "LOYAL"};
    public static final String[] STYLES = {"COMPREHENSIVE", "PROFESSIONAL_SERVICE", "RELATIONSHIP", "TRANSACTIONAL"};
    /** Alert rules in the order of {@link Row#alerts}; severities 0 none, 2 MEDIUM, 3 HIGH. */
    public static final String[] RULES = {"multiple-claims", "high-loss-ratio", "blacklist-match",
        "renewal-without-follow-up", "churn-risk", "complaint-sla-breach"};
    public static final String[] SEVERITIES = {null, "LOW", "MEDIUM", "HIGH"};

    private static final long MICRO = 1_000_000L;
    private static final long TEN_DIGITS = 10_000_000_000L;

    private HandWrittenRules() {
    }

    /** One customer's facts (inputs) and what the rules decided (outputs), reused row after row. */
    public static final class Row {
        public LocalDate asOf;
        public long premium12;
        public long premiumPrev12;
        public long earned36;
        public long claimsPaid36;
        public long profit12;
        public long bookPremium12;
        public int policiesTotal;
        public int policiesInForce;
        public int productLinesInForce;
        public int intermediatedInForce;
        public LocalDate firstPolicyStart;
        public int claims12;
        public int deniedClaims12;
        public int litigation36;
        public LocalDate lastLossDate;
        public int policiesEnded36;
        public int policiesRenewed36;
        public int renewalsDue;
        public int renewalFollowUps;
        public int complaints12;
        public int personalContacts12;
        public int digitalContacts12;
        public int advisoryContacts12;
        /** The last contact as a date in the analytics zone; null if never. */
        public LocalDate lastContactDate;
        public boolean blacklisted;
        public int slaBreaches;

        public int tier;
        public int loyalty;
        public int style;
        public boolean quality;
        public boolean key;
        public boolean lossMaking;
        public int contributionScore;
        public int loyaltyScore;
        /** Severity per rule of {@link #RULES}: 0 none, 2 MEDIUM, 3 HIGH. */
        public final int[] alerts = new int[RULES.length];
        public int churnScore;
    }

    /** Decides the segments and scores of {@code r}, then its alerts ({@link #alerts}). */
    public static void classifyAndAlert(Row r) {
        classify(r);
        alerts(r);
    }

    /** Decides the segments and scores of {@code r}. */
    public static void classify(Row r) {
        long p = r.premium12;
        if (p >= 2_000_000) {
            r.tier = r.profit12 >= 0 ? 0 : 1;
        } else if (p >= 500_000) {
            r.tier = 1;
        } else if (p >= 200_000 && r.premiumPrev12 != 0 && 5 * (p - r.premiumPrev12) >= r.premiumPrev12) {
            r.tier = 1;
        } else {
            r.tier = 2;
        }
        if (r.policiesInForce == 0) {
            r.loyalty = 0;
        } else if (r.complaints12 >= 2 || (r.policiesEnded36 > 0 && 2 * r.policiesRenewed36 < r.policiesEnded36)) {
            r.loyalty = 1;
        } else {
            r.loyalty = 2;
        }
        if (r.productLinesInForce >= 3 && r.personalContacts12 >= 1) {
            r.style = 0;
        } else if (r.policiesInForce > 0 && 2 * r.intermediatedInForce >= r.policiesInForce
                && r.advisoryContacts12 >= 2) {
            r.style = 1;
        } else if (r.personalContacts12 >= 2 && r.personalContacts12 >= r.digitalContacts12) {
            r.style = 2;
        } else {
            r.style = 3;
        }
        int tenure = r.firstPolicyStart == null ? 0 : Period.between(r.firstPolicyStart, r.asOf).getYears();
        r.quality = (r.policiesTotal > 0 && tenure >= 3
                && (r.lastLossDate == null || Period.between(r.lastLossDate, r.asOf).getYears() >= 3))
                || (r.earned36 != 0 && 10 * r.claimsPaid36 < 3 * r.earned36);
        r.key = r.bookPremium12 > 0 && 1000 * p >= r.bookPremium12;
        r.lossMaking = r.profit12 < 0 || r.litigation36 > 0;
        // contribution = 60 × min(1, max(0, premium12 / 20 000)) + 40 × min(1, max(0, profit12 / 10 000)), in millionths
        long contribution = 60 * capped(share(p, 2_000_000)) + 40 * capped(share(r.profit12, 1_000_000));
        r.contributionScore = (int) ((contribution + MICRO / 2) / MICRO);
        // loyalty = 40 × renewal rate (0.5 if none ended) + 30 × min(1, tenure / 10) + 20 × max(0, 1 − complaints / 3)
        // + 10 if contacted within 365 days, in 1e-10 units
        long gap = r.lastContactDate == null ? -1 : ChronoUnit.DAYS.between(r.lastContactDate, r.asOf);
        long renewal = r.policiesEnded36 == 0 ? TEN_DIGITS / 2 : rate(r);
        long complaints = Math.max(0, MICRO - halfUp(r.complaints12 * MICRO, 3));
        long loyalty = 40 * renewal + Math.min(30, 3L * tenure) * TEN_DIGITS + 20 * complaints * 10_000
                + (gap >= 0 && gap <= 365 ? 10 * TEN_DIGITS : 0);
        r.loyaltyScore = (int) ((loyalty + TEN_DIGITS / 2) / TEN_DIGITS);
    }

    /** The built-in alert rules with their default thresholds: severities into {@link Row#alerts}. */
    public static void alerts(Row r) {
        long gap = r.lastContactDate == null ? -1 : ChronoUnit.DAYS.between(r.lastContactDate, r.asOf);
        int[] a = r.alerts;
        a[0] = r.claims12 >= 6 ? 3 : r.claims12 >= 3 ? 2 : 0;
        a[1] = r.earned36 != 0 && r.claimsPaid36 >= r.earned36 && r.earned36 >= 50_000
                ? (r.claimsPaid36 >= 2 * r.earned36 ? 3 : 2) : 0;
        a[2] = r.blacklisted ? 3 : 0;
        a[3] = r.renewalsDue > 0 && r.renewalFollowUps == 0 ? 2 : 0;
        a[4] = 0;
        r.churnScore = 0;
        if (r.policiesInForce > 0) {
            // churn = 35 × (1 − renewal rate) + 12.5 × min(2, complaints) + 10 × min(2, denied) + 20 / 10 by last contact
            long churn = (r.policiesEnded36 == 0 ? 0 : 35 * (TEN_DIGITS - rate(r)))
                    + 125 * Math.min(2, r.complaints12) * (TEN_DIGITS / 10)
                    + 10 * Math.min(2, r.deniedClaims12) * TEN_DIGITS
                    + (gap < 0 || gap >= 365 ? 20 : gap >= 180 ? 10 : 0) * TEN_DIGITS;
            r.churnScore = (int) ((churn + TEN_DIGITS / 2) / TEN_DIGITS);
            a[4] = r.churnScore >= 80 ? 3 : r.churnScore >= 60 ? 2 : 0;
        }
        a[5] = r.slaBreaches > 0 ? 3 : 0;
    }

    /** renewed / ended in 1e-10 units, rounded half up. */
    private static long rate(Row r) {
        return halfUp(r.policiesRenewed36 * TEN_DIGITS, r.policiesEnded36);
    }

    /** amount / cap in millionths, rounded half up (negative amounts count as 0). */
    private static long share(long amount, long cap) {
        return amount <= 0 ? 0 : halfUp(amount * MICRO, cap);
    }

    private static long capped(long millionths) {
        return Math.min(MICRO, millionths);
    }

    /** a / b rounded half up, for a ≥ 0 and b > 0. */
    private static long halfUp(long a, long b) {
        return (2 * a + b) / (2 * b);
    }
}
