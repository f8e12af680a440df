package io.insurcrm.spi;

import java.util.Optional;

/**
 * A rule that places a customer in a segment with a score. Called like an {@link AlertRule}: once
 * per customer, possibly concurrently; it must be thread-safe, fast, free of I/O and depend only
 * on the facts.
 */
@FunctionalInterface
public interface SegmentRule {

    /**
     * Evaluates the rule for one customer.
     *
     * @param facts the customer's facts as of a date
     * @return the assignment, or empty if the customer is not in this rule's segment
     */
    Optional<SegmentAssignment> evaluate(CustomerFacts facts);
}
