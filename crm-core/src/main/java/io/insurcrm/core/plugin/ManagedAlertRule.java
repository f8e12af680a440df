package io.insurcrm.core.plugin;

import io.insurcrm.core.plugin.CallOutcome.FailureKind;
import io.insurcrm.spi.AlertFinding;
import io.insurcrm.spi.AlertRule;
import io.insurcrm.spi.CustomerFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A configured alert rule as the analytics run uses it. Findings always carry the rule's configured
 * name as {@link AlertFinding#ruleId()}, whatever the plugin put there, so that two configurations
 * of one factory stay apart.
 */
public final class ManagedAlertRule {
    private final ComponentInfo info;
    private final AlertRule rule;
    private final SafeInvoker invoker;

    ManagedAlertRule(ComponentInfo info, AlertRule rule, SafeInvoker invoker) {
        this.info = info;
        this.rule = rule;
        this.invoker = invoker;
    }

    /**
     * @return the rule's configured name, its rule id
     */
    public String name() {
        return info.name();
    }

    /**
     * @return its factory, plugin, settings and masked configuration
     */
    public ComponentInfo info() {
        return info;
    }

    /**
     * Evaluates one customer on the caller's thread: exceptions are translated (not retryable: the
     * same facts would fail again) but there is no timeout. For streamed runs where a thread hop per
     * customer costs more than the rule; use {@link #evaluateBatch} where a hang must be cut off.
     *
     * @param facts the customer's facts
     * @return the findings, or the failure
     */
    public CallOutcome<List<AlertFinding>> evaluate(CustomerFacts facts) {
        Objects.requireNonNull(facts, "facts");
        long start = System.nanoTime();
        CallOutcome<List<AlertFinding>> outcome = invoker.callInline(() -> rule.evaluate(facts), t -> false);
        return normalise(outcome, start);
    }

    /**
     * Evaluates a batch of customers on the rule's own threads, with the rule's {@code call-timeout}
     * for the whole batch. One customer's exception fails only that customer; a timeout fails every
     * customer of the batch.
     *
     * @param batch the facts of several customers
     * @return one outcome per customer, in the batch's order
     */
    public List<CallOutcome<List<AlertFinding>>> evaluateBatch(List<CustomerFacts> batch) {
        return invoker.callBatch(batch, this::evaluate);
    }

    private CallOutcome<List<AlertFinding>> normalise(CallOutcome<List<AlertFinding>> outcome, long start) {
        if (!(outcome instanceof CallOutcome.Success<List<AlertFinding>> ok)) {
            return outcome;
        }
        List<AlertFinding> out = new ArrayList<>(ok.result().size());
        for (AlertFinding f : ok.result()) {
            if (f == null) {
                return invoker.failed(FailureKind.INVALID_RESULT, false, "null-finding",
                        "the rule returned a null finding", start, null);
            }
            out.add(f.ruleId().equals(info.name()) ? f : new AlertFinding(info.name(), f.severity(), f.reason(), f.facts()));
        }
        return new CallOutcome.Success<>(List.copyOf(out), ok.elapsed());
    }

    void close() {
        invoker.close();
    }
}
