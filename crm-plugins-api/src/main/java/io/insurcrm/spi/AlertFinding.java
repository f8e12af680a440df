package io.insurcrm.spi;

import java.util.Map;
import java.util.Objects;

/**
 * An alert a rule raises about one customer. The host stores it with the customer and the as-of
 * date of the facts, and raises an {@link EventType#ALERT_RAISED} event.
 *
 * @param ruleId   the configured name of the rule ({@link PluginContext#componentName()})
 * @param severity how urgent it is
 * @param reason   why, in one sentence an account manager understands; no personal data
 * @param facts    the facts that triggered it, as key/value pairs (e.g. {@code claimRef}, {@code days}); no personal data
 */
public record AlertFinding(String ruleId, Severity severity, String reason, Map<String, String> facts) {

    /**
     * Checks and copies.
     *
     * @param ruleId see the record component
     * @param severity see the record component
     * @param reason see the record component
     * @param facts see the record component
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the rule id or reason is blank
     */
    public AlertFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
        if (ruleId.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("ruleId and reason must not be blank");
        }
        facts = Map.copyOf(facts);
    }
}
