package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.AnalyticsSql.date;

import io.insurcrm.analytics.model.CubeCell;
import io.insurcrm.analytics.model.CubeQuery;
import io.insurcrm.analytics.model.Dimension;
import io.insurcrm.analytics.port.CubeSource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The cube in one statement: a CTE with one row per policy (its measures and the dimension values,
 * never null; claims paid from one pre-aggregated pass over the claims, joined by policy), aggregated by
 * {@code GROUP BY ROLLUP(d1, …, dn)} on PostgreSQL. H2 2.x has no ROLLUP or GROUPING SETS, so there the
 * per-policy rows are read ONCE, crossed with the levels 0..n ({@code VALUES}), and grouped by the level
 * and the first {@code level} keys ({@code CASE WHEN level >= i THEN d_i END}): the same grouping sets in
 * a single pass (a UNION ALL of GROUP BYs would build the per-policy rows once per level, which at 100 000
 * customers took minutes). Because dimension values are never null, a null key in the result is a subtotal.
 */
final class JooqCubeSource implements CubeSource {
    /**
     * Holders per statement on H2 (bounds the group table and the COUNT(DISTINCT) sets on the heap: about
     * 10 MB at 25 000). Each statement has a fixed cost, so fewer, larger chunks are faster. The system
     * property {@code insurcrm.h2.cubeChunk} overrides it (tests use it to cross chunk bounds on a small book).
     */
    static final int CHUNK = 25_000;

    private final DSLContext dsl;

    @Inject
    JooqCubeSource(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<CubeCell> cube(CubeQuery q) {
        int n = q.dimensions().size();
        if (AnalyticsSql.postgres(dsl)) {
            List<CubeCell> cells = new ArrayList<>();
            for (Record r : dsl.resultQuery(sql(q, null, null)).fetch()) {
                Partial p = new Partial(keys(r, n));
                p.add(r, n);
                cells.add(p.cell());
            }
            return cells;
        }
        // H2 keeps a GROUP BY's groups, and the holders of every COUNT(DISTINCT), on the heap of the JVM
        // that embeds it: over a whole 1M-customer book that is millions of entries. So the policies are
        // aggregated per range of CHUNK holders (keyset bounds over customer.id; range reads) and the cells added up
        // here: every measure is additive across disjoint sets of holders, COUNT(DISTINCT holder_id)
        // included, so the cells are the same as from one statement, and the heap is bounded by a chunk.
        List<UUID> bounds = holderBounds(Math.max(1, Integer.getInteger("insurcrm.h2.cubeChunk", CHUNK)));
        Map<List<String>, Partial> cells = new TreeMap<>(JooqCubeSource::compareKeys);
        for (int i = 0; i <= bounds.size(); i++) {
            UUID from = i == 0 ? null : bounds.get(i - 1);
            UUID to = i == bounds.size() ? null : bounds.get(i);
            for (Record r : dsl.resultQuery(sql(q, from, to)).fetch()) {
                List<String> keys = keys(r, n);
                cells.computeIfAbsent(keys, Partial::new).add(r, n);
            }
        }
        List<CubeCell> result = new ArrayList<>(cells.size());
        for (Partial p : cells.values()) {
            result.add(p.cell());
        }
        return result;
    }

    /** Customer ids {@code chunk} apart in id order: the lower bounds of the second, third, … chunk of holders. */
    private List<UUID> holderBounds(int chunk) {
        List<UUID> bounds = new ArrayList<>();
        UUID next = dsl.resultQuery("SELECT id FROM customer ORDER BY id OFFSET " + chunk + " ROWS FETCH NEXT 1 ROWS ONLY")
                .fetchOptional(0, UUID.class).orElse(null);
        while (next != null) {
            bounds.add(next);
            next = dsl.resultQuery("SELECT id FROM customer WHERE id >= CAST('" + next + "' AS UUID) ORDER BY id OFFSET "
                    + chunk + " ROWS FETCH NEXT 1 ROWS ONLY").fetchOptional(0, UUID.class).orElse(null);
        }
        return bounds;
    }

    private static List<String> keys(Record r, int n) {
        List<String> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add(r.get(i, String.class));
        }
        return keys;
    }

    /** The statement's order: key by key, nulls (subtotals) last. */
    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            int c = x == null ? (y == null ? 0 : 1) : y == null ? -1 : x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** One cell's measures, summed over the chunks of holders. */
    private static final class Partial {
        final List<String> keys;
        BigDecimal premium = BigDecimal.ZERO;
        BigDecimal claimsPaid = BigDecimal.ZERO;
        long customers;
        long policies;
        long ended;
        long renewed;

        Partial(List<String> keys) {
            this.keys = keys;
        }

        void add(Record r, int n) {
            BigDecimal p = r.get(n, BigDecimal.class);
            BigDecimal c = r.get(n + 1, BigDecimal.class);
            premium = p == null ? premium : premium.add(p);
            claimsPaid = c == null ? claimsPaid : claimsPaid.add(c);
            customers += r.get(n + 2, Long.class);
            policies += r.get(n + 3, Long.class);
            ended += r.get(n + 4, Long.class);
            renewed += r.get(n + 5, Long.class);
        }

        CubeCell cell() {
            int level = 0;
            for (String k : keys) {
                if (k != null) {
                    level++;
                }
            }
            return new CubeCell(keys, level, money(premium), money(claimsPaid), customers, policies, ended, renewed);
        }
    }

    /** The cube statement, over the holders in [from, to) (either bound null: open). */
    private String sql(CubeQuery q, UUID from, UUID to) {
        LocalDate asOf = q.asOf();
        String d = date(asOf);
        List<Dimension> dims = q.dimensions();
        // per policy: claims paid from one GROUP BY pass over the claims (cheaper than a look-up per policy on
        // both engines), "renewed" as an index look-up (policy.previous_policy_number)
        StringBuilder base = new StringBuilder("WITH paid AS (\n  SELECT k.policy_id, SUM(k.paid_amount) AS paid"
                + " FROM claim k WHERE k.loss_date <= " + d + " GROUP BY k.policy_id\n"
                + "), base AS (\n  SELECT p.holder_id, p.premium, COALESCE(paid.paid, 0) AS claims_paid,\n"
                + "    CASE WHEN p.status <> 'CANCELLED' AND p.end_date < " + d + " THEN 1 ELSE 0 END AS ended,\n"
                + "    CASE WHEN p.status <> 'CANCELLED' AND p.end_date < " + d
                + " AND EXISTS (SELECT 1 FROM policy n WHERE n.previous_policy_number = p.policy_number"
                + " AND n.start_date <= " + d + ") THEN 1 ELSE 0 END AS renewed");
        for (int i = 0; i < dims.size(); i++) {
            base.append(",\n    ").append(expression(dims.get(i), asOf)).append(" AS d").append(i);
        }
        base.append("\n  FROM policy p\n  JOIN customer c ON c.id = p.holder_id\n  JOIN branch b ON b.id = p.branch_id\n"
                + "  LEFT JOIN paid ON paid.policy_id = p.id\n"
                + "  WHERE p.start_date >= " + date(q.from()) + " AND p.start_date <= " + date(q.to())
                + " AND p.start_date <= " + d
                // the range on both sides of the join, so that either join order is a range read
                // (with it on the policies only, H2 scanned every customer and probed the policies)
                + (from == null ? "" : " AND p.holder_id >= CAST('" + from + "' AS UUID) AND c.id >= CAST('" + from
                        + "' AS UUID)")
                + (to == null ? "" : " AND p.holder_id < CAST('" + to + "' AS UUID) AND c.id < CAST('" + to
                        + "' AS UUID)") + "\n)\n");
        String measures = "SUM(premium) AS premium, SUM(claims_paid) AS claims_paid, COUNT(DISTINCT holder_id) AS customers,"
                + " COUNT(*) AS policies, SUM(ended) AS ended, SUM(renewed) AS renewed";
        StringBuilder order = new StringBuilder(" ORDER BY ");
        for (int i = 0; i < dims.size(); i++) {
            order.append(i == 0 ? "" : ", ").append(i + 1).append(" NULLS LAST");
        }
        if (AnalyticsSql.postgres(dsl)) {
            String cols = columns(dims.size());
            return base + "SELECT " + cols + ", " + measures + " FROM base GROUP BY ROLLUP(" + cols + ")" + order;
        }
        // one pass: every per-policy row once per level; at level L the first L keys, the others null
        StringBuilder levels = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i <= dims.size(); i++) {
            levels.append(i == 0 ? "" : ", ").append(i);
        }
        for (int i = 0; i < dims.size(); i++) {
            keys.append(", CASE WHEN lv.n >= ").append(i + 1).append(" THEN d").append(i).append(" END");
        }
        return base + "SELECT " + keys.substring(2) + ", " + measures + "\nFROM base CROSS JOIN (VALUES " + levels
                + ") lv(n)\nGROUP BY lv.n" + keys + order;
    }

    /** d0, …, d(n−1). */
    private static String columns(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ").append("d").append(i);
        }
        return sb.toString();
    }

    private static String expression(Dimension dimension, LocalDate asOf) {
        switch (dimension) {
            case REGION:
                return "COALESCE(b.region, 'UNKNOWN')";
            case BRANCH:
                return "b.code";
            case OCCUPATION:
                return "COALESCE(c.occupation, 'UNKNOWN')";
            case INDUSTRY:
                return "COALESCE(c.industry, 'UNKNOWN')";
            case AGE_BAND:
                return "CASE WHEN c.date_of_birth IS NULL THEN 'UNKNOWN'"
                        + " WHEN c.date_of_birth > " + date(asOf.minusYears(25)) + " THEN 'UNDER_25'"
                        + " WHEN c.date_of_birth > " + date(asOf.minusYears(35)) + " THEN '25-34'"
                        + " WHEN c.date_of_birth > " + date(asOf.minusYears(45)) + " THEN '35-44'"
                        + " WHEN c.date_of_birth > " + date(asOf.minusYears(55)) + " THEN '45-54'"
                        + " WHEN c.date_of_birth > " + date(asOf.minusYears(65)) + " THEN '55-64'"
                        + " ELSE '65_AND_OVER' END";
            case GENDER:
                return "COALESCE(c.gender, 'UNKNOWN')";
            case EDUCATION:
                return "COALESCE(c.education, 'UNKNOWN')";
            case PRODUCT_LINE:
                return "p.product_line";
            case SALES_CHANNEL:
                return "p.sales_channel";
            case PERIOD:
                return "CAST(CAST(EXTRACT(YEAR FROM p.start_date) AS INTEGER) AS VARCHAR(4))";
            default:
                throw new IllegalArgumentException(dimension.name());
        }
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? BigDecimal.ZERO.setScale(2) : v.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
