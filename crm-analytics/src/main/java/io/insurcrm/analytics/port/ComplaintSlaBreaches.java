package io.insurcrm.analytics.port;

import io.insurcrm.core.customer.CustomerId;
import java.time.LocalDate;
import java.util.Map;

/**
 * Port: open complaints past their SLA deadline on a date, counted per customer. The default binding
 * is {@link #NONE} (the SLA rule raises nothing); the jOOQ store binds a real implementation (OptionalBinder, as for {@link BlacklistMatches}).
 */
public interface ComplaintSlaBreaches {
    ComplaintSlaBreaches NONE = asOf -> Map.of();

    Map<CustomerId, Integer> breaches(LocalDate asOf);
}
