package io.insurcrm.analytics.rules;

import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.CustomerFacts;
import io.insurcrm.analytics.model.Severity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alert rules that come with the library (thresholds in {@link AnalyticsSettings}):
 * <ul>
 * <li>{@value #MULTIPLE_CLAIMS}: at least multiClaimCount claims in multiClaimMonths; HIGH at twice the count;</li>
 * <li>{@value #HIGH_LOSS_RATIO}: a 36-month loss ratio at least highLossRatio with at least
 *     highLossRatioMinEarned earned; HIGH at twice the ratio;</li>
 * <li>{@value #BLACKLIST_MATCH}: the customer matches the blacklist (HIGH);</li>
 * <li>{@value #RENEWAL_WITHOUT_FOLLOW_UP}: a policy due for renewal and no renewal follow-up in the look-back (MEDIUM);</li>
 * <li>{@value #CHURN_RISK}: policies in force and a churn score ({@link Scores#churn}) at least churnAlertScore;
 *     HIGH from 80;</li>
 * <li>{@value #COMPLAINT_SLA_BREACH}: complaints past their SLA (HIGH).</li>
 * </ul>
 */
public final class BuiltInAlertRules {
    public static final String MULTIPLE_CLAIMS = "multiple-claims";
    public static final String HIGH_LOSS_RATIO = "high-loss-ratio";
    public static final String BLACKLIST_MATCH = "blacklist-match";
    public static final String RENEWAL_WITHOUT_FOLLOW_UP = "renewal-without-follow-up";
    public static final String CHURN_RISK = "churn-risk";
    public static final String COMPLAINT_SLA_BREACH = "complaint-sla-breach";

    private BuiltInAlertRules() {
    }

    public static List<AlertRule> all() {
        return List.of(
                rule(MULTIPLE_CLAIMS, (f, c) -> {
                    AnalyticsSettings s = c.settings();
                    int n = s.multiClaimMonths() == 12 ? f.claims12() : f.claims36();
                    if (n < s.multiClaimCount()) {
                        return null;
                    }
                    return alert(MULTIPLE_CLAIMS, f, n >= 2 * s.multiClaimCount() ? Severity.HIGH : Severity.MEDIUM,
                            n + " claims in " + s.multiClaimMonths() + " months (threshold " + s.multiClaimCount() + ")",
                            "claims" + s.multiClaimMonths(), n);
                }),
                rule(HIGH_LOSS_RATIO, (f, c) -> {
                    AnalyticsSettings s = c.settings();
                    BigDecimal lr = f.lossRatio();
                    // compared exactly: claimsPaid36 >= ratio × earned36
                    if (lr == null || f.claimsPaid36().compareTo(s.highLossRatio().multiply(f.earned36())) < 0
                            || f.earned36().compareTo(s.highLossRatioMinEarned()) < 0) {
                        return null;
                    }
                    Severity severity = f.claimsPaid36().compareTo(s.highLossRatio().multiply(BigDecimal.valueOf(2))
                            .multiply(f.earned36())) >= 0
                            ? Severity.HIGH : Severity.MEDIUM;
                    return alert(HIGH_LOSS_RATIO, f, severity, "36-month loss ratio " + lr.toPlainString()
                            + " (threshold " + s.highLossRatio().toPlainString() + ")", "lossRatio", lr.toPlainString(),
                            "claimsPaid36", f.claimsPaid36().toPlainString(), "earned36", f.earned36().toPlainString());
                }),
                rule(BLACKLIST_MATCH, (f, c) -> c.blacklisted().contains(f.customerId())
                        ? alert(BLACKLIST_MATCH, f, Severity.HIGH, "matches an active blacklist entry") : null),
                rule(RENEWAL_WITHOUT_FOLLOW_UP, (f, c) -> f.renewalsDue() > 0 && f.renewalFollowUps() == 0
                        ? alert(RENEWAL_WITHOUT_FOLLOW_UP, f, Severity.MEDIUM, f.renewalsDue()
                                + " policies due for renewal within " + c.settings().renewalDueDays()
                                + " days and no renewal follow-up in the last " + c.settings().followUpLookbackDays()
                                + " days", "renewalsDue", f.renewalsDue(), "renewalFollowUps", 0)
                        : null),
                rule(CHURN_RISK, (f, c) -> {
                    if (f.policiesInForce() == 0) {
                        return null;
                    }
                    int score = Scores.churn(f, c.settings());
                    if (score < c.settings().churnAlertScore()) {
                        return null;
                    }
                    Long gap = f.daysSinceLastContact(c.settings().zone());
                    return alert(CHURN_RISK, f, score >= 80 ? Severity.HIGH : Severity.MEDIUM, "churn score " + score
                            + " (threshold " + c.settings().churnAlertScore() + ")", "churnScore", score,
                            "renewalRate", f.renewalRate() == null ? "none" : f.renewalRate().toPlainString(),
                            "complaints12", f.complaints12(), "deniedClaims12", f.deniedClaims12(),
                            "daysSinceLastContact", gap == null ? "never" : gap);
                }),
                rule(COMPLAINT_SLA_BREACH, (f, c) -> {
                    Integer n = c.slaBreaches().get(f.customerId());
                    return n == null || n == 0 ? null : alert(COMPLAINT_SLA_BREACH, f, Severity.HIGH,
                            n + " complaints past their SLA deadline", "breaches", n);
                }));
    }

    private interface Check {
        Alert apply(CustomerFacts facts, AlertContext context);
    }

    private static AlertRule rule(String id, Check check) {
        return new AlertRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Optional<Alert> evaluate(CustomerFacts facts, AlertContext context) {
                return Optional.ofNullable(check.apply(facts, context));
            }

            @Override
            public String toString() {
                return "AlertRule[" + id + "]";
            }
        };
    }

    private static Alert alert(String id, CustomerFacts f, Severity severity, String reason, Object... kv) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            facts.put((String) kv[i], String.valueOf(kv[i + 1]));
        }
        return new Alert(id, f.customerId(), f.branchId(), f.asOf(), severity, reason, facts);
    }
}
