package io.insurcrm.analytics.port;

import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Port: alerts, unique by (rule id, customer id, as-of date). */
public interface AlertRepository {

    /** Deletes the alerts of one as-of date (a re-run replaces them). */
    void delete(LocalDate asOf);

    /** Batch insert; a duplicate (rule, customer, date) is a {@link io.insurcrm.core.common.DuplicateException}. */
    void insertAll(List<Alert> alerts);

    /** Alerts of a date at or above a severity, most severe first, then by rule and customer. */
    List<Alert> find(LocalDate asOf, Severity atLeast, int limit);

    /** The (rule id, customer) of every alert of a date, streamed: what a re-run of the date replaces. */
    void forEachKey(LocalDate asOf, java.util.function.BiConsumer<String, io.insurcrm.core.customer.CustomerId> sink);

    /** Alert counts per rule id of a date. */
    Map<String, Long> countByRule(LocalDate asOf);
}
