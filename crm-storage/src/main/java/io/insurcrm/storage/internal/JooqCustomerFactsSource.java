package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.AnalyticsSql.date;
import static io.insurcrm.storage.internal.AnalyticsSql.days;
import static io.insurcrm.storage.internal.AnalyticsSql.instant;

import io.insurcrm.analytics.model.CustomerFacts;
import io.insurcrm.analytics.model.FactsQuery;
import io.insurcrm.analytics.port.CustomerFactsSource;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.customer.CustomerKind;
import io.insurcrm.core.organisation.BranchId;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * The per-customer facts in ONE statement: four aggregates over policies, claims, interactions and
 * complaints (each a single GROUP BY pass over its table), left-joined to the customers — no loop over
 * customers. The book's premium (the same for every row) comes from one scalar query before it, not from a
 * window {@code SUM() OVER ()}: H2 evaluates a window by holding every row of the result on the heap
 * of the JVM that embeds it (1M customers under -Xmx256m: OutOfMemoryError), whereas a plain result is
 * streamed (PostgreSQL: a server-side cursor) or spilled to disk (H2 beyond MAX_MEMORY_ROWS). Streamed
 * with the store's fetch size through a plain JDBC result set on the transaction's connection (a
 * server-side cursor on PostgreSQL inside the caller's transaction): the statement is rendered once per
 * run, and reading the rows straight from JDBC skips jOOQ's per-record cursor and converter work (about
 * a tenth of a run's CPU). Definitions: docs/analytics.md.
 */
final class JooqCustomerFactsSource implements CustomerFactsSource {
    private final DSLContext dsl;

    @Inject
    JooqCustomerFactsSource(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void forEach(FactsQuery q, Consumer<CustomerFacts> sink) {
        LocalDate asOf = q.asOf();
        String sql = sql(dsl, q);
        int fetchSize = dsl.settings().getFetchSize() == null ? 0 : dsl.settings().getFetchSize();
        dsl.connection(connection -> {
            BigDecimal book;
            String bookSql = bookPremiumSql(q);
            try (PreparedStatement statement = connection.prepareStatement(bookSql);
                    ResultSet r = statement.executeQuery()) {
                r.next();
                book = r.getBigDecimal(1).setScale(2, RoundingMode.HALF_UP);
            } catch (SQLException e) {
                throw SqlErrors.translate(e, bookSql);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(fetchSize);
                try (ResultSet r = statement.executeQuery()) {
                    while (r.next()) {
                        sink.accept(map(r, asOf, book));
                    }
                }
            } catch (SQLException e) {
                throw SqlErrors.translate(e, sql);
            }
        });
    }

    /**
     * premium12 summed over the whole book: the premium of every policy started in the 12 months up to
     * the as-of date (every policy has a holder, so this is the sum of the customers' premium12).
     */
    static String bookPremiumSql(FactsQuery q) {
        return "SELECT COALESCE(SUM(p.premium), 0) FROM policy p WHERE p.start_date > " + date(q.asOf().minusMonths(12))
                + " AND p.start_date <= " + date(q.asOf());
    }

    static String sql(DSLContext dsl, FactsQuery q) {
        LocalDate asOf = q.asOf();
        String d = date(asOf);
        String d12 = date(asOf.minusMonths(12));
        String d24 = date(asOf.minusMonths(24));
        String d36 = date(asOf.minusMonths(36));
        String due = date(asOf.plusDays(q.renewalDueDays()));
        String t12 = instant(asOf.minusMonths(12).plusDays(1).atStartOfDay(q.zone()).toInstant());
        String tFollow = instant(asOf.minusDays(q.followUpLookbackDays() - 1L).atStartOfDay(q.zone()).toInstant());
        String tEnd = instant(asOf.plusDays(1).atStartOfDay(q.zone()).toInstant());
        String cost = q.costPerInteraction().toPlainString();
        String inForce = "p.status = 'IN_FORCE' AND p.end_date >= " + d;
        String ended = "p.status <> 'CANCELLED' AND p.end_date > " + d36 + " AND p.end_date < " + d;
        return "WITH pol AS (\n"
                + "  SELECT p.holder_id AS customer_id,\n"
                + "    SUM(CASE WHEN p.start_date > " + d12 + " THEN p.premium ELSE 0 END) AS premium_12,\n"
                + "    SUM(CASE WHEN p.start_date > " + d24 + " AND p.start_date <= " + d12
                + " THEN p.premium ELSE 0 END) AS premium_prev_12,\n"
                + "    SUM(CASE WHEN " + inForce + " THEN p.premium ELSE 0 END) AS premium_in_force,\n"
                + "    COUNT(*) AS policies_total,\n"
                + "    SUM(CASE WHEN " + inForce + " THEN 1 ELSE 0 END) AS policies_in_force,\n"
                + "    COUNT(DISTINCT CASE WHEN " + inForce + " THEN p.product_line END) AS lines_in_force,\n"
                + "    SUM(CASE WHEN " + inForce + " AND p.sales_channel IN ('AGENT', 'BROKER', 'BANCASSURANCE')"
                + " THEN 1 ELSE 0 END) AS intermediated_in_force,\n"
                + "    MIN(p.start_date) AS first_start,\n"
                + "    SUM(" + earned(dsl, asOf.minusMonths(12).plusDays(1), asOf) + ") AS earned_12,\n"
                + "    SUM(" + earned(dsl, asOf.minusMonths(36).plusDays(1), asOf) + ") AS earned_36,\n"
                + "    SUM(CASE WHEN " + ended + " THEN 1 ELSE 0 END) AS ended_36,\n"
                + "    SUM(CASE WHEN " + ended + " AND EXISTS (SELECT 1 FROM policy n"
                + " WHERE n.previous_policy_number = p.policy_number AND n.start_date <= " + d + ")"
                + " THEN 1 ELSE 0 END) AS renewed_36,\n"
                + "    SUM(CASE WHEN p.status = 'IN_FORCE' AND p.end_date > " + d + " AND p.end_date <= " + due
                + " THEN 1 ELSE 0 END) AS renewals_due\n"
                + "  FROM policy p\n"
                + "  WHERE p.start_date <= " + d + "\n"
                + "  GROUP BY p.holder_id\n"
                + "), clm AS (\n"
                + "  SELECT c.customer_id,\n"
                + "    SUM(CASE WHEN c.loss_date > " + d12 + " THEN 1 ELSE 0 END) AS claims_12,\n"
                + "    SUM(CASE WHEN c.loss_date > " + d12 + " THEN COALESCE(c.paid_amount, 0) ELSE 0 END) AS paid_12,\n"
                + "    SUM(CASE WHEN c.loss_date > " + d36 + " THEN 1 ELSE 0 END) AS claims_36,\n"
                + "    SUM(CASE WHEN c.loss_date > " + d36 + " THEN COALESCE(c.paid_amount, 0) ELSE 0 END) AS paid_36,\n"
                + "    SUM(CASE WHEN c.loss_date > " + d12 + " AND c.status = 'DENIED' THEN 1 ELSE 0 END) AS denied_12,\n"
                + "    SUM(CASE WHEN c.loss_date > " + d36 + " AND c.litigation THEN 1 ELSE 0 END) AS litigation_36,\n"
                + "    MAX(c.loss_date) AS last_loss\n"
                + "  FROM claim c WHERE c.loss_date <= " + d + "\n"
                + "  GROUP BY c.customer_id\n"
                + "), itr AS (\n"
                + "  SELECT i.customer_id,\n"
                + "    SUM(CASE WHEN i.occurred_at >= " + t12 + " THEN 1 ELSE 0 END) AS interactions_12,\n"
                + "    SUM(CASE WHEN i.occurred_at >= " + t12 + " AND i.channel IN ('VISIT', 'BRANCH_COUNTER', 'SEMINAR',"
                + " 'VIP_CLUB_EVENT', 'CALL_CENTRE') THEN 1 ELSE 0 END) AS personal_12,\n"
                + "    SUM(CASE WHEN i.occurred_at >= " + t12 + " AND i.channel IN ('WEB', 'MOBILE_APP', 'SELF_SERVICE',"
                + " 'WECHAT', 'SMS', 'EMAIL') THEN 1 ELSE 0 END) AS digital_12,\n"
                + "    SUM(CASE WHEN i.occurred_at >= " + t12 + " AND i.interaction_type IN ('INQUIRY', 'SERVICE_REQUEST',"
                + " 'CLAIM_SERVICE') THEN 1 ELSE 0 END) AS advisory_12,\n"
                + "    SUM(CASE WHEN i.occurred_at >= " + tFollow + " AND i.interaction_type = 'RENEWAL_FOLLOW_UP'"
                + " THEN 1 ELSE 0 END) AS follow_ups,\n"
                + "    MAX(i.occurred_at) AS last_contact\n"
                + "  FROM interaction i WHERE i.occurred_at < " + tEnd + "\n"
                + "  GROUP BY i.customer_id\n"
                + "), cmp AS (\n"
                // complaints received in the 12 months, whatever their state (the complaint workflow's table)
                + "  SELECT k.customer_id, COUNT(*) AS complaints_12\n"
                + "  FROM complaint k WHERE k.received_at >= " + t12 + " AND k.received_at < " + tEnd + "\n"
                + "  GROUP BY k.customer_id\n"
                + ")\n"
                + "SELECT c.id, c.branch_id, c.kind,\n"
                + "  COALESCE(pol.premium_12, 0), COALESCE(pol.premium_prev_12, 0), COALESCE(pol.premium_in_force, 0),\n"
                + "  COALESCE(pol.policies_total, 0), COALESCE(pol.policies_in_force, 0), COALESCE(pol.lines_in_force, 0),\n"
                + "  COALESCE(pol.intermediated_in_force, 0), pol.first_start,\n"
                + "  COALESCE(pol.earned_12, 0), COALESCE(pol.earned_36, 0),\n"
                + "  COALESCE(clm.claims_12, 0), COALESCE(clm.paid_12, 0), COALESCE(clm.claims_36, 0),\n"
                + "  COALESCE(clm.paid_36, 0), COALESCE(clm.denied_12, 0), COALESCE(clm.litigation_36, 0), clm.last_loss,\n"
                + "  COALESCE(pol.ended_36, 0), COALESCE(pol.renewed_36, 0), COALESCE(pol.renewals_due, 0),\n"
                + "  COALESCE(itr.follow_ups, 0), COALESCE(cmp.complaints_12, 0), COALESCE(itr.interactions_12, 0),\n"
                + "  COALESCE(itr.personal_12, 0), COALESCE(itr.digital_12, 0), COALESCE(itr.advisory_12, 0),\n"
                + "  itr.last_contact,\n"
                + "  COALESCE(itr.interactions_12, 0) * " + cost + " AS service_cost_12,\n"
                + "  COALESCE(pol.earned_12, 0) - COALESCE(clm.paid_12, 0) - COALESCE(itr.interactions_12, 0) * "
                + cost + " AS profit_12\n"
                + "FROM customer c\n"
                + "LEFT JOIN pol ON pol.customer_id = c.id\n"
                + "LEFT JOIN clm ON clm.customer_id = c.id\n"
                + "LEFT JOIN itr ON itr.customer_id = c.id\n"
                + "LEFT JOIN cmp ON cmp.customer_id = c.id";
    }

    /**
     * Premium earned inside [from, to]: premium × (days of the policy period inside the window) / (days of
     * the period), both inclusive, rounded to cents per policy.
     */
    private static String earned(DSLContext dsl, LocalDate from, LocalDate to) {
        String inside = days(dsl, "GREATEST(p.start_date, " + date(from) + ")", "LEAST(p.end_date, " + date(to) + ")");
        String period = days(dsl, "p.start_date", "p.end_date");
        return "ROUND(p.premium * GREATEST(0, " + inside + " + 1) / (" + period + " + 1), 2)";
    }

    private static CustomerFacts map(ResultSet r, LocalDate asOf, BigDecimal book) throws SQLException {
        OffsetDateTime lastContact = r.getObject(30, OffsetDateTime.class);
        return new CustomerFacts(new CustomerId(r.getObject(1, UUID.class)), new BranchId(r.getObject(2, UUID.class)),
                CustomerKind.valueOf(r.getString(3)), asOf,
                money(r, 4), money(r, 5), money(r, 6), r.getInt(7), r.getInt(8), r.getInt(9), r.getInt(10),
                r.getObject(11, LocalDate.class), money(r, 12), money(r, 13),
                r.getInt(14), money(r, 15), r.getInt(16), money(r, 17), r.getInt(18), r.getInt(19),
                r.getObject(20, LocalDate.class), r.getInt(21), r.getInt(22), r.getInt(23), r.getInt(24),
                r.getInt(25), r.getInt(26), r.getInt(27), r.getInt(28), r.getInt(29),
                lastContact == null ? null : lastContact.toInstant(), money(r, 31), money(r, 32), book);
    }

    /** An amount column (never null: every one is COALESCEd) with two decimals. */
    private static BigDecimal money(ResultSet r, int column) throws SQLException {
        return r.getBigDecimal(column).setScale(2, RoundingMode.HALF_UP);
    }
}
