package io.insurcrm.spi;

import java.util.List;

/**
 * A rule that raises alerts from a customer's facts, e.g. "several claims filed within 30 days of
 * the policy's start". The host calls it once per customer while streaming the book, possibly from
 * several threads at once: it must be thread-safe, fast and free of I/O, and read "now" only as
 * {@link CustomerFacts#asOf()}, so that a run as of a past date is reproducible.
 */
@FunctionalInterface
public interface AlertRule {

    /**
     * Evaluates the rule for one customer.
     *
     * @param facts the customer's facts as of a date
     * @return the findings; empty if the rule does not fire
     */
    List<AlertFinding> evaluate(CustomerFacts facts);
}
