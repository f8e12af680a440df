package io.insurcrm.analytics.port;

import io.insurcrm.core.customer.CustomerId;
import java.time.LocalDate;
import java.util.Map;

/**
 * Port: open complaints past their SLA deadline on a date, counted per customer. The complaint
 * workflow is not built yet: the default binding is {@link #NONE} and the SLA rule raises nothing until a
 * store binds a real implementation (OptionalBinder, as for {@link BlacklistMatches}).
 */
public interface ComplaintSlaBreaches {
    ComplaintSlaBreaches NONE = asOf -> Map.of();

    Map<CustomerId, Integer> breaches(LocalDate asOf);
}
