package io.insurcrm.analytics.rules;

import io.insurcrm.core.customer.CustomerId;
import java.util.Map;
import java.util.Set;

/**
 * What alert rules may use besides a customer's facts, loaded once per run.
 *
 * @param blacklisted  customers matching an active blacklist entry on the as-of date
 * @param slaBreaches  open complaints past their deadline, per customer
 */
public record AlertContext(AnalyticsSettings settings, Set<CustomerId> blacklisted,
        Map<CustomerId, Integer> slaBreaches) {
    public AlertContext {
        blacklisted = Set.copyOf(blacklisted);
        slaBreaches = Map.copyOf(slaBreaches);
    }
}
