package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.COMPLAINT;

import io.insurcrm.analytics.port.ComplaintSlaBreaches;
import io.insurcrm.analytics.rules.AnalyticsSettings;
import io.insurcrm.core.complaint.ComplaintState;
import io.insurcrm.core.customer.CustomerId;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Open complaints (not in a final state) received before the end of the as-of day whose current state's
 * deadline lies before the end of that day (in the analytics zone), counted per customer in one GROUP BY.
 * The state is the complaint's current one: a run for a past date sees today's workflow positions.
 */
final class JooqComplaintSlaBreaches implements ComplaintSlaBreaches {
    private static final List<String> FINAL = Arrays.stream(ComplaintState.values())
            .filter(ComplaintState::isFinal).map(Enum::name).toList();

    private final DSLContext dsl;
    private final ZoneId zone;

    @Inject
    JooqComplaintSlaBreaches(DSLContext dsl, Optional<AnalyticsSettings> settings) {
        this.dsl = dsl;
        this.zone = settings.orElse(AnalyticsSettings.DEFAULTS).zone();
    }

    @Override
    public Map<CustomerId, Integer> breaches(LocalDate asOf) {
        OffsetDateTime end = Columns.timestamp(asOf.plusDays(1).atStartOfDay(zone).toInstant());
        Map<CustomerId, Integer> result = new HashMap<>();
        dsl.select(COMPLAINT.CUSTOMER_ID, DSL.count()).from(COMPLAINT)
                .where(COMPLAINT.STATE.notIn(FINAL).and(COMPLAINT.DEADLINE_AT.lt(end))
                        .and(COMPLAINT.RECEIVED_AT.lt(end)))
                .groupBy(COMPLAINT.CUSTOMER_ID)
                .forEach(r -> result.put(new CustomerId(r.value1()), r.value2()));
        return result;
    }
}
