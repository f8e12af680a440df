package io.insurcrm.core.plugin;

import io.insurcrm.spi.CustomerFacts;
import io.insurcrm.spi.SegmentAssignment;
import io.insurcrm.spi.SegmentRule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A configured segment rule as the analytics run uses it; see {@link ManagedAlertRule} for the two ways to call it. */
public final class ManagedSegmentRule {
    private final ComponentInfo info;
    private final SegmentRule rule;
    private final SafeInvoker invoker;

    ManagedSegmentRule(ComponentInfo info, SegmentRule rule, SafeInvoker invoker) {
        this.info = info;
        this.rule = rule;
        this.invoker = invoker;
    }

    /**
     * @return the rule's configured name
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
     * Evaluates one customer on the caller's thread, exceptions translated, no timeout.
     *
     * @param facts the customer's facts
     * @return the assignment (empty if the customer is not in the segment), or the failure
     */
    public CallOutcome<Optional<SegmentAssignment>> evaluate(CustomerFacts facts) {
        Objects.requireNonNull(facts, "facts");
        return invoker.callInline(() -> rule.evaluate(facts), t -> false);
    }

    /**
     * Evaluates a batch on the rule's own threads with its {@code call-timeout} for the whole batch.
     *
     * @param batch the facts of several customers
     * @return one outcome per customer, in the batch's order
     */
    public List<CallOutcome<Optional<SegmentAssignment>>> evaluateBatch(List<CustomerFacts> batch) {
        return invoker.callBatch(batch, this::evaluate);
    }

    void close() {
        invoker.close();
    }
}
