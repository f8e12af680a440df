package io.insurcrm.analytics.port;

import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Port: alerts, unique by (rule id, customer id, as-of date). */
public interface AlertRepository {

    /** Whether a date has any alert stored (a re-run of the date replaces them). */
    boolean exists(LocalDate asOf);

    /** Batch insert; a duplicate (rule, customer, date) is a {@link io.insurcrm.core.common.DuplicateException}. */
    void insertAll(List<Alert> alerts);

    /** Alerts of a date at or above a severity, most severe first, then by rule and customer. */
    List<Alert> find(LocalDate asOf, Severity atLeast, int limit);

    /**
     * Replaces the alerts of a date of some customers (one batch) by {@code alerts}, which are all of
     * those customers' alerts of the date, and returns the ones whose (rule, customer) the date did not
     * have before: what a re-run announces. Memory is bounded by the batch, not by the date's alerts.
     */
    List<Alert> replace(LocalDate asOf, java.util.Collection<io.insurcrm.core.customer.CustomerId> customers,
            List<Alert> alerts);

    /** Alert counts per rule id of a date. */
    Map<String, Long> countByRule(LocalDate asOf);
}
