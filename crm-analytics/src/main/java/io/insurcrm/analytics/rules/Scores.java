package io.insurcrm.analytics.rules;

import io.insurcrm.analytics.model.CustomerFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The three 0–100 scores, as transparent sums of capped parts (docs/analytics.md):
 * <ul>
 * <li>contribution = 60 × min(1, max(0, premium12 / scorePremiumCap)) + 40 × min(1, max(0, profit12 / scoreProfitCap));</li>
 * <li>loyalty = 40 × renewalRate (0.5 when no policy ended) + 30 × min(1, tenureYears / 10)
 *     + 20 × max(0, 1 − complaints12 / 3) + 10 if contacted in the last 365 days;</li>
 * <li>churn = 35 × (1 − renewalRate) (0 when no policy ended) + 12.5 × min(2, complaints12)
 *     + 10 × min(2, deniedClaims12) + 20 if not contacted for 365 days or never, 10 if for 180 days.</li>
 * </ul>
 * Each is rounded half up to an integer.
 */
public final class Scores {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Scores() {
    }

    public static int contribution(CustomerFacts f, AnalyticsSettings s) {
        BigDecimal premium = capped(f.premium12().divide(s.scorePremiumCap(), 6, RoundingMode.HALF_UP));
        BigDecimal profit = capped(f.profit12().divide(s.scoreProfitCap(), 6, RoundingMode.HALF_UP));
        return round(premium.multiply(BigDecimal.valueOf(60)).add(profit.multiply(BigDecimal.valueOf(40))));
    }

    public static int loyalty(CustomerFacts f, AnalyticsSettings s) {
        BigDecimal renewal = f.policiesEnded36() == 0 ? HALF : exactRate(f);
        BigDecimal tenure = capped(BigDecimal.valueOf(f.tenureYears()).divide(BigDecimal.TEN, 6, RoundingMode.HALF_UP));
        BigDecimal complaints = capped(BigDecimal.ONE.subtract(BigDecimal.valueOf(f.complaints12())
                .divide(BigDecimal.valueOf(3), 6, RoundingMode.HALF_UP)));
        Long gap = f.daysSinceLastContact(s.zone());
        int contact = gap != null && gap <= 365 ? 10 : 0;
        return round(renewal.multiply(BigDecimal.valueOf(40)).add(tenure.multiply(BigDecimal.valueOf(30)))
                .add(complaints.multiply(BigDecimal.valueOf(20))).add(BigDecimal.valueOf(contact)));
    }

    public static int churn(CustomerFacts f, AnalyticsSettings s) {
        BigDecimal renewal = f.policiesEnded36() == 0 ? BigDecimal.ZERO
                : BigDecimal.ONE.subtract(exactRate(f)).multiply(BigDecimal.valueOf(35));
        BigDecimal complaints = new BigDecimal("12.5").multiply(BigDecimal.valueOf(Math.min(2, f.complaints12())));
        BigDecimal denied = BigDecimal.TEN.multiply(BigDecimal.valueOf(Math.min(2, f.deniedClaims12())));
        Long gap = f.daysSinceLastContact(s.zone());
        int contact = gap == null || gap >= 365 ? 20 : gap >= 180 ? 10 : 0;
        return round(renewal.add(complaints).add(denied).add(BigDecimal.valueOf(contact)));
    }

    /** renewed / ended to ten places, so that a score is not moved by the four-place display rate. */
    private static BigDecimal exactRate(CustomerFacts f) {
        return BigDecimal.valueOf(f.policiesRenewed36()).divide(BigDecimal.valueOf(f.policiesEnded36()), 10,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal capped(BigDecimal v) {
        return v.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    private static int round(BigDecimal v) {
        return v.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
