package io.insurcrm.analytics.model;

import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * An alert raised by a rule for a customer as of a date; (ruleId, customerId, asOf) is its identity,
 * so running the same date again replaces rather than duplicates it.
 *
 * @param reason a sentence without personal data, e.g. "4 claims in 12 months (threshold 3)"
 * @param facts  the facts behind it, by name
 */
public record Alert(String ruleId, CustomerId customerId, BranchId branchId, LocalDate asOf, Severity severity,
        String reason, Map<String, String> facts) {
    public Alert {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
        facts = Map.copyOf(facts);
    }
}
