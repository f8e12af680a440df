package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.AnalyticsSql.date;
import static io.insurcrm.storage.internal.AnalyticsSql.instant;

import io.insurcrm.analytics.report.AccountManagerKpi;
import io.insurcrm.analytics.report.ComplaintAnalysis;
import io.insurcrm.analytics.report.MonthlyCustomerReport;
import io.insurcrm.analytics.report.ReportSource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The monthly reports: a few aggregate statements each, merged by key in Java. */
final class JooqReportSource implements ReportSource {
    private static final String COMPLAINT = "i.interaction_type = 'COMPLAINT'";

    private final DSLContext dsl;

    @Inject
    JooqReportSource(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AccountManagerKpi> accountManagerKpis(YearMonth month, ZoneId zone) {
        String from = instant(month.atDay(1).atStartOfDay(zone).toInstant());
        String to = instant(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        String inMonth = "i.occurred_at >= " + from + " AND i.occurred_at < " + to;
        String visit = "(i.channel = 'VISIT' OR i.interaction_type = 'CARE_VISIT')";
        Map<String, long[]> counts = new TreeMap<>();
        for (Record r : dsl.resultQuery("SELECT i.staff_id, COUNT(DISTINCT i.customer_id),"
                + " SUM(CASE WHEN i.interaction_type IN ('CARE_CALL', 'CARE_VISIT') THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + visit + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN i.interaction_type = 'RENEWAL_FOLLOW_UP' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + COMPLAINT + " THEN 1 ELSE 0 END)"
                + " FROM interaction i WHERE i.staff_id IS NOT NULL AND " + inMonth + " GROUP BY i.staff_id").fetch()) {
            counts.put(r.get(0, String.class), new long[] {r.get(1, Long.class), r.get(2, Long.class),
                    r.get(3, Long.class), r.get(4, Long.class), r.get(5, Long.class)});
        }
        Map<String, Long> won = new HashMap<>();
        LocalDate first = month.atDay(1);
        dsl.resultQuery("SELECT f.staff_id, COUNT(DISTINCT p.id) FROM (SELECT DISTINCT i.staff_id, i.customer_id"
                + " FROM interaction i WHERE i.staff_id IS NOT NULL AND i.interaction_type = 'RENEWAL_FOLLOW_UP' AND "
                + inMonth + ") f JOIN policy p ON p.holder_id = f.customer_id AND p.previous_policy_number IS NOT NULL"
                + " AND p.start_date >= " + date(first) + " AND p.start_date <= " + date(month.atEndOfMonth().plusDays(60))
                + " GROUP BY f.staff_id").fetch().forEach(r -> won.put(r.get(0, String.class), r.get(1, Long.class)));
        Map<String, BigDecimal> interval = new HashMap<>();
        // each visit of the month against the same manager's previous visit to the same customer (any time before)
        dsl.resultQuery("SELECT v.staff_id, AVG(" + AnalyticsSql.seconds(dsl, "v.previous_at", "v.occurred_at")
                + ") FROM (SELECT i.staff_id, i.occurred_at, LAG(i.occurred_at) OVER (PARTITION BY i.staff_id,"
                + " i.customer_id ORDER BY i.occurred_at) AS previous_at FROM interaction i WHERE i.staff_id IS NOT NULL"
                + " AND " + visit + " AND i.occurred_at < " + to + ") v WHERE v.occurred_at >= " + from
                + " AND v.previous_at IS NOT NULL GROUP BY v.staff_id").fetch()
                .forEach(r -> interval.put(r.get(0, String.class), r.get(1, BigDecimal.class)
                        .divide(BigDecimal.valueOf(86_400), 1, RoundingMode.HALF_UP)));
        List<AccountManagerKpi> out = new ArrayList<>();
        counts.forEach((staff, c) -> out.add(new AccountManagerKpi(staff, month, c[0], c[1], c[2],
                interval.get(staff), c[3], won.getOrDefault(staff, 0L), c[4], null)));
        return out;
    }

    @Override
    public List<MonthlyCustomerReport> customerReport(YearMonth month, ZoneId zone) {
        String first = date(month.atDay(1));
        String last = date(month.atEndOfMonth());
        String from = instant(month.atDay(1).atStartOfDay(zone).toInstant());
        String to = instant(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        Map<String, Object[]> rows = new TreeMap<>();
        for (Record r : dsl.resultQuery("SELECT b.code, COUNT(*),"
                + " SUM(CASE WHEN f.first_start >= " + first + " AND f.first_start <= " + last + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN EXISTS (SELECT 1 FROM policy p WHERE p.holder_id = c.id AND p.status = 'IN_FORCE'"
                + " AND p.start_date <= " + last + " AND p.end_date >= " + last + ") THEN 1 ELSE 0 END)"
                + " FROM customer c JOIN branch b ON b.id = c.branch_id"
                + " LEFT JOIN (SELECT holder_id, MIN(start_date) AS first_start FROM policy GROUP BY holder_id) f"
                + " ON f.holder_id = c.id GROUP BY b.code").fetch()) {
            rows.put(r.get(0, String.class), new Object[] {r.get(1, Long.class), r.get(2, Long.class),
                    r.get(3, Long.class), 0L, BigDecimal.ZERO, 0L, BigDecimal.ZERO, 0L});
        }
        for (Record r : dsl.resultQuery("SELECT b.code, COUNT(*), SUM(p.premium) FROM policy p"
                + " JOIN customer c ON c.id = p.holder_id JOIN branch b ON b.id = c.branch_id"
                + " WHERE p.start_date >= " + first + " AND p.start_date <= " + last + " GROUP BY b.code").fetch()) {
            Object[] row = rows.get(r.get(0, String.class));
            row[3] = r.get(1, Long.class);
            row[4] = r.get(2, BigDecimal.class);
        }
        for (Record r : dsl.resultQuery("SELECT b.code,"
                + " SUM(CASE WHEN k.reported_date >= " + first + " AND k.reported_date <= " + last + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN k.settled_date >= " + first + " AND k.settled_date <= " + last
                + " THEN COALESCE(k.paid_amount, 0) ELSE 0 END)"
                + " FROM claim k JOIN customer c ON c.id = k.customer_id JOIN branch b ON b.id = c.branch_id"
                + " GROUP BY b.code").fetch()) {
            Object[] row = rows.get(r.get(0, String.class));
            row[5] = r.get(1, Long.class);
            row[6] = r.get(2, BigDecimal.class);
        }
        for (Record r : dsl.resultQuery("SELECT b.code, COUNT(*) FROM interaction i JOIN customer c ON c.id = i.customer_id"
                + " JOIN branch b ON b.id = c.branch_id WHERE " + COMPLAINT + " AND i.occurred_at >= " + from
                + " AND i.occurred_at < " + to + " GROUP BY b.code").fetch()) {
            rows.get(r.get(0, String.class))[7] = r.get(1, Long.class);
        }
        List<MonthlyCustomerReport> out = new ArrayList<>();
        rows.forEach((code, v) -> out.add(new MonthlyCustomerReport(month, code, (Long) v[0], (Long) v[1], (Long) v[2],
                (Long) v[3], ((BigDecimal) v[4]).setScale(2, RoundingMode.HALF_UP), (Long) v[5],
                ((BigDecimal) v[6]).setScale(2, RoundingMode.HALF_UP), (Long) v[7])));
        return out;
    }

    @Override
    public ComplaintAnalysis complaintAnalysis(YearMonth month, ZoneId zone) {
        String where = " WHERE " + COMPLAINT + " AND i.occurred_at >= "
                + instant(month.atDay(1).atStartOfDay(zone).toInstant()) + " AND i.occurred_at < "
                + instant(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        Record total = dsl.resultQuery("SELECT COUNT(*), COUNT(DISTINCT i.customer_id) FROM interaction i" + where)
                .fetchOne();
        List<ComplaintAnalysis.Count> byBranch = counts("SELECT b.code, COUNT(*), COUNT(DISTINCT i.customer_id)"
                + " FROM interaction i JOIN customer c ON c.id = i.customer_id JOIN branch b ON b.id = c.branch_id"
                + where + " GROUP BY b.code ORDER BY b.code");
        List<ComplaintAnalysis.Count> byChannel = counts("SELECT i.channel, COUNT(*), COUNT(DISTINCT i.customer_id)"
                + " FROM interaction i" + where + " GROUP BY i.channel ORDER BY i.channel");
        return new ComplaintAnalysis(month, total.get(0, Long.class), total.get(1, Long.class), byBranch, byChannel);
    }

    private List<ComplaintAnalysis.Count> counts(String sql) {
        return dsl.resultQuery(sql).fetch(r -> new ComplaintAnalysis.Count(r.get(0, String.class), r.get(1, Long.class),
                r.get(2, Long.class)));
    }
}
