package io.insurcrm.analytics.rules;

import io.insurcrm.analytics.model.CustomerFacts;
import io.insurcrm.analytics.model.DecisionStyle;
import io.insurcrm.analytics.model.LoyaltyStatus;
import io.insurcrm.analytics.model.Reason;
import io.insurcrm.analytics.model.Segmentation;
import io.insurcrm.analytics.model.ValueTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Classifies one customer's facts; every decision carries the facts and thresholds that made it.
 * The rules, first match wins (docs/analytics.md):
 * <ul>
 * <li>tier A: premium12 ≥ tierAPremium and profit12 ≥ 0; B: premium12 ≥ tierBPremium, or premium12 ≥
 *     tierGrowthFloor and growth ≥ tierGrowthRate; C otherwise;</li>
 * <li>loyalty LAPSED: no policy in force; WARNING: complaints12 ≥ warningComplaints or renewal rate &lt;
 *     warningRenewalRate; LOYAL otherwise;</li>
 * <li>style COMPREHENSIVE: ≥ 3 product lines in force and ≥ 1 personal contact; PROFESSIONAL_SERVICE: at
 *     least half of the policies in force sold by an intermediary and ≥ 2 advisory contacts; RELATIONSHIP:
 *     ≥ 2 personal contacts and no fewer than digital ones; TRANSACTIONAL otherwise;</li>
 * <li>quality: no claim for qualityClaimFreeYears with a tenure as long, or loss ratio &lt; qualityLossRatio;</li>
 * <li>key: premium share ≥ keyCustomerShare; loss-making: profit12 &lt; 0 or a claim in litigation in 36 months.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class SegmentationRules {
    /** Product lines in force for the comprehensive style. */
    public static final int COMPREHENSIVE_LINES = 3;
    /** Advisory contacts in 12 months for the professional-service style. */
    public static final int ADVISORY_CONTACTS = 2;
    /** Personal contacts in 12 months for the relationship style. */
    public static final int PERSONAL_CONTACTS = 2;

    private final AnalyticsSettings s;
    // the thresholds as the reasons show them, worked out once rather than for every customer
    private final String atLeastA;
    private final String atLeastB;
    private final String belowB;
    private final String atLeastGrowth;
    private final String atLeastGrowthFloor;
    private final String belowWarningComplaints;
    private final String atLeastRenewalRate;
    private final String atLeastKeyShare;
    private final String belowQualityLossRatio;
    private final String claimFreeYears;

    public SegmentationRules(AnalyticsSettings settings) {
        this.s = Objects.requireNonNull(settings, "settings");
        atLeastA = ">= " + s.tierAPremium().toPlainString();
        atLeastB = ">= " + s.tierBPremium().toPlainString();
        belowB = "< " + s.tierBPremium().toPlainString();
        atLeastGrowth = ">= " + s.tierGrowthRate().toPlainString();
        atLeastGrowthFloor = ">= " + s.tierGrowthFloor().toPlainString();
        belowWarningComplaints = "< " + s.warningComplaints();
        atLeastRenewalRate = ">= " + s.warningRenewalRate().toPlainString();
        atLeastKeyShare = ">= " + s.keyCustomerShare().toPlainString();
        belowQualityLossRatio = "< " + s.qualityLossRatio().toPlainString();
        claimFreeYears = ">= " + s.qualityClaimFreeYears() + " with tenureYears ";
    }

    public Segmentation classify(CustomerFacts f) {
        List<Reason> reasons = new ArrayList<>();
        ValueTier tier = tier(f, reasons);
        LoyaltyStatus loyalty = loyalty(f, reasons);
        DecisionStyle style = style(f, reasons);
        boolean quality = quality(f, reasons);
        // exact comparisons (premium12 >= share × book), the rounded share is only shown
        boolean key = f.bookPremium12().signum() > 0
                && f.premium12().compareTo(s.keyCustomerShare().multiply(f.bookPremium12())) >= 0;
        reasons.add(Reason.of(key ? "key" : "not-key", "premiumShare", f.premiumShare(), atLeastKeyShare));
        boolean lossMaking = lossMaking(f, reasons);
        return new Segmentation(f.customerId(), f.branchId(), f.asOf(), tier, loyalty, style, quality, key, lossMaking,
                Scores.contribution(f, s), Scores.loyalty(f, s), f.premium12(), f.profit12(), reasons);
    }

    private ValueTier tier(CustomerFacts f, List<Reason> r) {
        String a = atLeastA;
        String b = atLeastB;
        if (f.premium12().compareTo(s.tierAPremium()) >= 0) {
            if (f.profit12().signum() >= 0) {
                r.add(Reason.of("tier-a.premium", "premium12", f.premium12(), a));
                r.add(Reason.of("tier-a.profit", "profit12", f.profit12(), ">= 0"));
                return ValueTier.A;
            }
            r.add(Reason.of("tier-b.premium-but-loss", "profit12", f.profit12(), ">= 0"));
            return ValueTier.B;
        }
        if (f.premium12().compareTo(s.tierBPremium()) >= 0) {
            r.add(Reason.of("tier-b.premium", "premium12", f.premium12(), b));
            return ValueTier.B;
        }
        BigDecimal growth = f.premiumGrowth();
        // growth >= rate, compared exactly: premium12 − premiumPrev12 >= rate × premiumPrev12
        if (f.premium12().compareTo(s.tierGrowthFloor()) >= 0 && growth != null && f.premium12()
                .subtract(f.premiumPrev12()).compareTo(s.tierGrowthRate().multiply(f.premiumPrev12())) >= 0) {
            r.add(Reason.of("tier-b.growth", "premiumGrowth", growth, atLeastGrowth));
            r.add(Reason.of("tier-b.growth-floor", "premium12", f.premium12(), atLeastGrowthFloor));
            return ValueTier.B;
        }
        r.add(Reason.of("tier-c.premium", "premium12", f.premium12(), belowB));
        return ValueTier.C;
    }

    private LoyaltyStatus loyalty(CustomerFacts f, List<Reason> r) {
        if (f.policiesInForce() == 0) {
            r.add(Reason.of("lapsed.none-in-force", "policiesInForce", 0, "> 0"));
            return LoyaltyStatus.LAPSED;
        }
        LoyaltyStatus status = LoyaltyStatus.LOYAL;
        if (f.complaints12() >= s.warningComplaints()) {
            r.add(Reason.of("warning.complaints", "complaints12", f.complaints12(), belowWarningComplaints));
            status = LoyaltyStatus.WARNING;
        }
        BigDecimal rate = f.renewalRate();
        // renewed / ended < rate, compared exactly: renewed < rate × ended
        if (rate != null && BigDecimal.valueOf(f.policiesRenewed36())
                .compareTo(s.warningRenewalRate().multiply(BigDecimal.valueOf(f.policiesEnded36()))) < 0) {
            r.add(Reason.of("warning.renewal-rate", "renewalRate", rate, atLeastRenewalRate));
            status = LoyaltyStatus.WARNING;
        }
        if (status == LoyaltyStatus.LOYAL) {
            r.add(Reason.of("loyal", "renewalRate", rate, atLeastRenewalRate));
        }
        return status;
    }

    private static DecisionStyle style(CustomerFacts f, List<Reason> r) {
        if (f.productLinesInForce() >= COMPREHENSIVE_LINES && f.personalContacts12() >= 1) {
            r.add(Reason.of("style.comprehensive", "productLinesInForce", f.productLinesInForce(),
                    ">= " + COMPREHENSIVE_LINES));
            return DecisionStyle.COMPREHENSIVE;
        }
        if (f.policiesInForce() > 0 && 2 * f.intermediatedInForce() >= f.policiesInForce()
                && f.advisoryContacts12() >= ADVISORY_CONTACTS) {
            r.add(Reason.of("style.professional.intermediated", "intermediatedInForce", f.intermediatedInForce(),
                    ">= half of " + f.policiesInForce()));
            r.add(Reason.of("style.professional.advice", "advisoryContacts12", f.advisoryContacts12(),
                    ">= " + ADVISORY_CONTACTS));
            return DecisionStyle.PROFESSIONAL_SERVICE;
        }
        if (f.personalContacts12() >= PERSONAL_CONTACTS && f.personalContacts12() >= f.digitalContacts12()) {
            r.add(Reason.of("style.relationship", "personalContacts12", f.personalContacts12(),
                    ">= " + PERSONAL_CONTACTS + " and >= digitalContacts12 " + f.digitalContacts12()));
            return DecisionStyle.RELATIONSHIP;
        }
        r.add(Reason.of("style.transactional", "personalContacts12", f.personalContacts12(),
                "< " + PERSONAL_CONTACTS + " or < digitalContacts12 " + f.digitalContacts12()));
        return DecisionStyle.TRANSACTIONAL;
    }

    private boolean quality(CustomerFacts f, List<Reason> r) {
        Integer since = f.yearsSinceLastClaim();
        int years = s.qualityClaimFreeYears();
        if (f.policiesTotal() > 0 && f.tenureYears() >= years && (since == null || since >= years)) {
            r.add(Reason.of("quality.claim-free", "yearsSinceLastClaim", since == null ? "never" : since,
                    claimFreeYears + f.tenureYears()));
            return true;
        }
        BigDecimal lr = f.lossRatio();
        // claimsPaid36 / earned36 < threshold, compared exactly
        if (lr != null && f.claimsPaid36().compareTo(s.qualityLossRatio().multiply(f.earned36())) < 0) {
            r.add(Reason.of("quality.loss-ratio", "lossRatio", lr, belowQualityLossRatio));
            return true;
        }
        return false;
    }

    private static boolean lossMaking(CustomerFacts f, List<Reason> r) {
        boolean loss = false;
        if (f.profit12().signum() < 0) {
            r.add(Reason.of("loss-making.profit", "profit12", f.profit12(), ">= 0"));
            loss = true;
        }
        if (f.litigation36() > 0) {
            r.add(Reason.of("loss-making.litigation", "litigation36", f.litigation36(), "= 0"));
            loss = true;
        }
        return loss;
    }
}
