package io.insurcrm.examples.plugins.earlyclaim;

import io.insurcrm.spi.AlertFinding;
import io.insurcrm.spi.AlertRule;
import io.insurcrm.spi.ClaimFact;
import io.insurcrm.spi.CustomerFacts;
import io.insurcrm.spi.Severity;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fires when at least {@code minClaims} of the customer's recent claims were filed (reported)
 * between the first day of their policy and {@code days} days after it, and not after the facts'
 * as-of date (so a run as of a past date ignores claims it could not have known). One finding per
 * customer, naming the claims by their references. Pure and thread-safe.
 *
 * @param ruleId    the configured name, used as the finding's rule id
 * @param days      the window after the policy's start, inclusive
 * @param minClaims early claims needed to fire
 * @param severity  the finding's severity
 */
record EarlyClaimRule(String ruleId, int days, int minClaims, Severity severity) implements AlertRule {

    @Override
    public List<AlertFinding> evaluate(CustomerFacts facts) {
        List<ClaimFact> early = facts.recentClaims().stream()
                .filter(c -> !c.reportedDate().isAfter(facts.asOf()))
                .filter(c -> c.daysFromPolicyStartToReport() >= 0 && c.daysFromPolicyStartToReport() <= days)
                .sorted(Comparator.comparing(ClaimFact::reportedDate).thenComparing(ClaimFact::claimRef))
                .collect(Collectors.toList());
        if (early.size() < minClaims) {
            return List.of();
        }
        long soonest = early.stream().mapToLong(ClaimFact::daysFromPolicyStartToReport).min().orElseThrow();
        Map<String, String> why = new LinkedHashMap<>();
        why.put("days", String.valueOf(days));
        why.put("earlyClaims", String.valueOf(early.size()));
        why.put("claimRefs", early.stream().map(ClaimFact::claimRef).collect(Collectors.joining(",")));
        why.put("policyRefs", early.stream().map(ClaimFact::policyRef).distinct().collect(Collectors.joining(",")));
        why.put("soonestDaysAfterStart", String.valueOf(soonest));
        String reason = (early.size() == 1 ? "1 claim was" : early.size() + " claims were") + " filed within " + days
                + " days of the policy's start (soonest after " + soonest + (soonest == 1 ? " day)" : " days)");
        return List.of(new AlertFinding(ruleId, severity, reason, why));
    }
}
