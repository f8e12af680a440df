package io.insurcrm.analytics.rules;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Every threshold of the analytics, with documented defaults ({@link #DEFAULTS}; docs/analytics.md
 * explains each). Amounts are in the book currency (CNY). Build a variant with {@link #builder()}.
 *
 * @param zone                   zone in which contact instants are read as dates (default Asia/Shanghai)
 * @param costPerInteraction     service cost of one contact: there is no cost source yet (default 20.00)
 * @param tierAPremium           tier A needs premium12 at least this and profit12 ≥ 0 (default 20 000)
 * @param tierBPremium           tier B needs premium12 at least this (default 5 000) …
 * @param tierGrowthFloor        … or premium12 at least this (default 2 000) …
 * @param tierGrowthRate         … and a premium growth at least this (default 0.20)
 * @param warningRenewalRate     a renewal rate below this is a loyalty warning (default 0.50)
 * @param warningComplaints      this many complaints in 12 months is a loyalty warning (default 2)
 * @param qualityClaimFreeYears  quality: no claim for this many years and a tenure as long (default 3) …
 * @param qualityLossRatio       … or a 36-month loss ratio below this (default 0.30)
 * @param keyCustomerShare       key customer: premium12 share of the book at least this (default 0.001 = 0.1%)
 * @param scorePremiumCap        premium12 that earns the full 60 premium points of the contribution score (20 000)
 * @param scoreProfitCap         profit12 that earns the full 40 profit points of the contribution score (10 000)
 * @param multiClaimCount        the multiple-claims alert fires at this many claims … (default 3)
 * @param multiClaimMonths       … in this many months, 12 or 36 (default 12)
 * @param highLossRatio          the loss-ratio alert fires at a 36-month loss ratio at least this (default 1.00) …
 * @param highLossRatioMinEarned … when at least this premium was earned in 36 months (default 500)
 * @param renewalDueDays         a policy ending within this many days after the as-of date is due (default 30)
 * @param followUpLookbackDays   a renewal follow-up counts if it happened in this many days up to the as-of date (60)
 * @param churnAlertScore        the churn alert fires at a churn score at least this (default 60)
 */
public record AnalyticsSettings(ZoneId zone, BigDecimal costPerInteraction, BigDecimal tierAPremium,
        BigDecimal tierBPremium, BigDecimal tierGrowthFloor, BigDecimal tierGrowthRate,
        BigDecimal warningRenewalRate, int warningComplaints, int qualityClaimFreeYears, BigDecimal qualityLossRatio,
        BigDecimal keyCustomerShare, BigDecimal scorePremiumCap, BigDecimal scoreProfitCap, int multiClaimCount,
        int multiClaimMonths, BigDecimal highLossRatio, BigDecimal highLossRatioMinEarned, int renewalDueDays,
        int followUpLookbackDays, int churnAlertScore) {

    public static final AnalyticsSettings DEFAULTS = builder().build();

    public AnalyticsSettings {
        Objects.requireNonNull(zone, "zone");
        for (BigDecimal v : new BigDecimal[] {costPerInteraction, tierAPremium, tierBPremium, tierGrowthFloor,
                tierGrowthRate, warningRenewalRate, qualityLossRatio, keyCustomerShare, scorePremiumCap,
                scoreProfitCap, highLossRatio, highLossRatioMinEarned}) {
            Objects.requireNonNull(v, "threshold");
        }
        if (costPerInteraction.signum() < 0 || scorePremiumCap.signum() <= 0 || scoreProfitCap.signum() <= 0) {
            throw new IllegalArgumentException("costPerInteraction must be >= 0 and the score caps > 0");
        }
        if (tierBPremium.compareTo(tierAPremium) > 0) {
            throw new IllegalArgumentException("tierBPremium must not exceed tierAPremium");
        }
        if (multiClaimMonths != 12 && multiClaimMonths != 36) {
            throw new IllegalArgumentException("multiClaimMonths must be 12 or 36");
        }
        if (multiClaimCount < 1 || warningComplaints < 1 || qualityClaimFreeYears < 1 || renewalDueDays < 1
                || followUpLookbackDays < 1 || churnAlertScore < 0 || churnAlertScore > 100) {
            throw new IllegalArgumentException("counts and day windows must be positive, churnAlertScore 0..100");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.zone = zone;
        b.costPerInteraction = costPerInteraction;
        b.tierAPremium = tierAPremium;
        b.tierBPremium = tierBPremium;
        b.tierGrowthFloor = tierGrowthFloor;
        b.tierGrowthRate = tierGrowthRate;
        b.warningRenewalRate = warningRenewalRate;
        b.warningComplaints = warningComplaints;
        b.qualityClaimFreeYears = qualityClaimFreeYears;
        b.qualityLossRatio = qualityLossRatio;
        b.keyCustomerShare = keyCustomerShare;
        b.scorePremiumCap = scorePremiumCap;
        b.scoreProfitCap = scoreProfitCap;
        b.multiClaimCount = multiClaimCount;
        b.multiClaimMonths = multiClaimMonths;
        b.highLossRatio = highLossRatio;
        b.highLossRatioMinEarned = highLossRatioMinEarned;
        b.renewalDueDays = renewalDueDays;
        b.followUpLookbackDays = followUpLookbackDays;
        b.churnAlertScore = churnAlertScore;
        return b;
    }

    /** Builds {@link AnalyticsSettings}; starts from the defaults. */
    public static final class Builder {
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private BigDecimal costPerInteraction = new BigDecimal("20.00");
        private BigDecimal tierAPremium = new BigDecimal("20000");
        private BigDecimal tierBPremium = new BigDecimal("5000");
        private BigDecimal tierGrowthFloor = new BigDecimal("2000");
        private BigDecimal tierGrowthRate = new BigDecimal("0.20");
        private BigDecimal warningRenewalRate = new BigDecimal("0.50");
        private int warningComplaints = 2;
        private int qualityClaimFreeYears = 3;
        private BigDecimal qualityLossRatio = new BigDecimal("0.30");
        private BigDecimal keyCustomerShare = new BigDecimal("0.001");
        private BigDecimal scorePremiumCap = new BigDecimal("20000");
        private BigDecimal scoreProfitCap = new BigDecimal("10000");
        private int multiClaimCount = 3;
        private int multiClaimMonths = 12;
        private BigDecimal highLossRatio = new BigDecimal("1.00");
        private BigDecimal highLossRatioMinEarned = new BigDecimal("500");
        private int renewalDueDays = 30;
        private int followUpLookbackDays = 60;
        private int churnAlertScore = 60;

        private Builder() {
        }

        public Builder zone(ZoneId v) { zone = v; return this; }
        public Builder costPerInteraction(BigDecimal v) { costPerInteraction = v; return this; }
        public Builder tierAPremium(BigDecimal v) { tierAPremium = v; return this; }
        public Builder tierBPremium(BigDecimal v) { tierBPremium = v; return this; }
        public Builder tierGrowth(BigDecimal floor, BigDecimal rate) { tierGrowthFloor = floor; tierGrowthRate = rate; return this; }
        public Builder warningRenewalRate(BigDecimal v) { warningRenewalRate = v; return this; }
        public Builder warningComplaints(int v) { warningComplaints = v; return this; }
        public Builder qualityClaimFreeYears(int v) { qualityClaimFreeYears = v; return this; }
        public Builder qualityLossRatio(BigDecimal v) { qualityLossRatio = v; return this; }
        public Builder keyCustomerShare(BigDecimal v) { keyCustomerShare = v; return this; }
        public Builder scoreCaps(BigDecimal premium, BigDecimal profit) { scorePremiumCap = premium; scoreProfitCap = profit; return this; }
        public Builder multiClaim(int count, int months) { multiClaimCount = count; multiClaimMonths = months; return this; }
        public Builder highLossRatio(BigDecimal ratio, BigDecimal minEarned) { highLossRatio = ratio; highLossRatioMinEarned = minEarned; return this; }
        public Builder renewalDueDays(int v) { renewalDueDays = v; return this; }
        public Builder followUpLookbackDays(int v) { followUpLookbackDays = v; return this; }
        public Builder churnAlertScore(int v) { churnAlertScore = v; return this; }

        public AnalyticsSettings build() {
            return new AnalyticsSettings(zone, costPerInteraction, tierAPremium, tierBPremium, tierGrowthFloor,
                    tierGrowthRate, warningRenewalRate, warningComplaints, qualityClaimFreeYears, qualityLossRatio,
                    keyCustomerShare, scorePremiumCap, scoreProfitCap, multiClaimCount, multiClaimMonths,
                    highLossRatio, highLossRatioMinEarned, renewalDueDays, followUpLookbackDays, churnAlertScore);
        }
    }
}
