package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.ANALYTICS_ALERT;

import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.Severity;
import io.insurcrm.analytics.port.AlertRepository;
import io.insurcrm.analytics.port.ReasonCodec;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.organisation.BranchId;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Alerts in analytics_alert, unique by (rule_id, customer_id, as_of). */
final class JooqAlertRepository implements AlertRepository {
    private final DSLContext dsl;
    private final IdGenerator ids;

    @Inject
    JooqAlertRepository(DSLContext dsl, IdGenerator ids) {
        this.dsl = dsl;
        this.ids = ids;
    }

    @Override
    public boolean exists(LocalDate asOf) {
        return dsl.fetchExists(dsl.selectOne().from(ANALYTICS_ALERT).where(ANALYTICS_ALERT.AS_OF.eq(asOf)));
    }

    /**
     * One read of the batch's alerts of the date and one delete of them by id, then the insert. The
     * read joins the batch's customers, bound as ONE array ({@code unnest(?)}), to the alerts: both
     * stores then seek ix_analytics_alert_customer on (customer_id, as_of) once per customer. Written as
     * {@code customer_id = ANY(?) AND as_of = ?} (or {@code IN (SELECT … unnest(?))}), H2 2.5 takes only
     * {@code as_of}, the index's second column, as its condition and scans every alert of the date once
     * per batch (quadratic in the book); an IN list of 1 000 binds does the same.
     */
    @Override
    public List<Alert> replace(LocalDate asOf, Collection<CustomerId> customers, List<Alert> alerts) {
        Set<String> before = new HashSet<>();
        if (!customers.isEmpty()) {
            Table<?> batch = DSL.unnest(DSL.val(customers.stream().map(CustomerId::value).toArray(UUID[]::new)))
                    .as("batch", "id");
            List<UUID> stored = new ArrayList<>();
            dsl.select(ANALYTICS_ALERT.ID, ANALYTICS_ALERT.RULE_ID, ANALYTICS_ALERT.CUSTOMER_ID).from(batch)
                    .join(ANALYTICS_ALERT).on(ANALYTICS_ALERT.CUSTOMER_ID.eq(batch.field("id", UUID.class)))
                    .and(ANALYTICS_ALERT.AS_OF.eq(asOf))
                    .forEach(r -> {
                        stored.add(r.value1());
                        before.add(key(r.value2(), r.value3()));
                    });
            Batches.deleteIn(dsl, ANALYTICS_ALERT, ANALYTICS_ALERT.ID, stored); // the primary key: one seek each
        }
        insertAll(alerts);
        List<Alert> added = new ArrayList<>();
        for (Alert a : alerts) {
            if (!before.contains(key(a.ruleId(), a.customerId().value()))) {
                added.add(a);
            }
        }
        return added;
    }

    private static String key(String ruleId, UUID customer) {
        return ruleId + "|" + customer;
    }

    /** Fixed text with bare placeholders (no per-bind casts, no records), as segment rows are written. */
    private static final String INSERT_SQL = "INSERT INTO analytics_alert (id, rule_id, customer_id, branch_id, as_of,"
            + " severity, reason, facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public void insertAll(List<Alert> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        List<Object[]> binds = new ArrayList<>(alerts.size());
        for (Alert a : alerts) {
            binds.add(new Object[] {ids.next(), a.ruleId(), a.customerId().value(), a.branchId().value(), a.asOf(),
                a.severity().name(), a.reason().length() > 500 ? a.reason().substring(0, 500) : a.reason(),
                ReasonCodec.write(new java.util.TreeMap<>(a.facts()))});
        }
        PlainSql.update(dsl, INSERT_SQL, binds);
    }

    @Override
    public List<Alert> find(LocalDate asOf, Severity atLeast, int limit) {
        List<String> severities = Arrays.stream(Severity.values()).filter(s -> s.compareTo(atLeast) >= 0)
                .map(Enum::name).toList();
        Field<Integer> rank = DSL.when(ANALYTICS_ALERT.SEVERITY.eq("HIGH"), 0)
                .when(ANALYTICS_ALERT.SEVERITY.eq("MEDIUM"), 1).otherwise(2);
        return dsl.selectFrom(ANALYTICS_ALERT).where(ANALYTICS_ALERT.AS_OF.eq(asOf))
                .and(ANALYTICS_ALERT.SEVERITY.in(severities))
                .orderBy(rank, ANALYTICS_ALERT.RULE_ID, ANALYTICS_ALERT.CUSTOMER_ID).limit(limit)
                .fetch(r -> new Alert(r.getRuleId(), new CustomerId(r.getCustomerId()), new BranchId(r.getBranchId()),
                        r.getAsOf(), Severity.valueOf(r.getSeverity()), r.getReason(), ReasonCodec.facts(r.getFacts())));
    }

    @Override
    public Map<String, Long> countByRule(LocalDate asOf) {
        Map<String, Long> counts = new LinkedHashMap<>();
        dsl.select(ANALYTICS_ALERT.RULE_ID, DSL.count()).from(ANALYTICS_ALERT).where(ANALYTICS_ALERT.AS_OF.eq(asOf))
                .groupBy(ANALYTICS_ALERT.RULE_ID).orderBy(ANALYTICS_ALERT.RULE_ID)
                .fetch().forEach(r -> counts.put(r.value1(), r.value2().longValue()));
        return counts;
    }
}
