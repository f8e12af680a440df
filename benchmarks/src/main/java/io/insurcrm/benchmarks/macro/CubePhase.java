package io.insurcrm.benchmarks.macro;

import io.insurcrm.analytics.AnalyticsService;
import io.insurcrm.analytics.model.CubeCell;
import io.insurcrm.analytics.model.CubeQuery;
import io.insurcrm.analytics.model.Dimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * d. A cube query: {@code AnalyticsService.cube} over REGION × PRODUCT_LINE × AGE_BAND with subtotals, for
 * the policies started in the three years up to the as-of date, against the hand-written SQL of the same
 * cells: one statement, the per-policy measures (claims paid from a pre-aggregated join, renewed by an
 * EXISTS on {@code previous_policy_number}) grouped by {@code GROUP BY ROLLUP(region, line, age band)} on
 * PostgreSQL; H2 2.5 has neither ROLLUP nor GROUPING SETS (checked: both are syntax errors), so there the
 * baseline is the textbook equivalent, a UNION ALL of the four GROUP BYs. Both sides run once untimed, then
 * {@link #rounds()} timed rounds each (A B B A A B B A), each round's slice starting a day later (a
 * repeated identical statement would be answered by H2 from its cached last result, timing nothing); every cell
 * (keys, premium, claims paid, customers, policies, ended, renewed) of every round must be equal on both
 * sides.
 */
final class CubePhase extends WholeJobPhase {
    private static final List<Dimension> DIMENSIONS = List.of(Dimension.REGION, Dimension.PRODUCT_LINE,
            Dimension.AGE_BAND);

    @Override
    public String name() {
        return "cube";
    }

    @Override
    public Ratio ratio() {
        return Ratio.duration("ms", 1.2);
    }

    /** Round {@code round}'s slice (−1: the warm-up): the three years to the book's date, from a day later each round. */
    private static CubeQuery query(int round) {
        return new CubeQuery(Book.AS_OF, Book.AS_OF.minusYears(3).plusDays(round + 1L), Book.AS_OF, DIMENSIONS);
    }

    @Override
    Sample timeLibrary(BenchContext c, int round) {
        AnalyticsService analytics = c.crm().service(AnalyticsService.class);
        long start = System.nanoTime();
        List<CubeCell> cube = analytics.cube(BenchContext.ACTOR, query(round));
        double millis = (System.nanoTime() - start) / 1e6;
        List<String> cells = new ArrayList<>(cube.size());
        for (CubeCell cell : cube) {
            cells.add(cell(cell.keys(), cell.premium(), cell.claimsPaid(), cell.customers(), cell.policies(),
                    cell.policiesEnded(), cell.policiesRenewed()));
        }
        return new Cells(List.of(millis), List.of(cells));
    }

    @Override
    Sample timeBaseline(BenchContext c, int round) throws SQLException {
        String sql = sql(c.engine.kind() == Engine.Kind.POSTGRES, query(round));
        long start = System.nanoTime();
        List<String> cells = new ArrayList<>();
        try (Connection db = c.baselineDb.connect(); Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                cells.add(cell(List.of(String.valueOf(r.getString(1)), String.valueOf(r.getString(2)),
                        String.valueOf(r.getString(3))), r.getBigDecimal(4), r.getBigDecimal(5), r.getLong(6),
                        r.getLong(7), r.getLong(8), r.getLong(9)));
            }
        }
        return new Cells(List.of((System.nanoTime() - start) / 1e6), List.of(cells));
    }

    private static String cell(List<String> keys, BigDecimal premium, BigDecimal paid, long customers, long policies,
            long ended, long renewed) {
        return keys.stream().map(String::valueOf).toList() + " " + money(premium) + " " + money(paid) + " "
                + customers + " " + policies + " " + ended + " " + renewed;
    }

    private static String money(BigDecimal v) {
        return v == null ? "0.00" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The hand-written cube: ROLLUP on PostgreSQL, a UNION ALL of GROUP BYs on H2. */
    static String sql(boolean postgres, CubeQuery q) {
        LocalDate asOf = q.asOf();
        String d = "DATE '" + asOf + "'";
        String ended = "p.status <> 'CANCELLED' AND p.end_date < " + d;
        String base = "WITH paid AS (SELECT policy_id, SUM(paid_amount) AS paid FROM claim WHERE loss_date <= " + d
                + " GROUP BY policy_id),"
                + " base AS (SELECT p.holder_id, p.premium, COALESCE(k.paid, 0) AS paid,"
                + " CASE WHEN " + ended + " THEN 1 ELSE 0 END AS ended,"
                + " CASE WHEN " + ended + " AND EXISTS (SELECT 1 FROM policy n WHERE n.previous_policy_number"
                + " = p.policy_number AND n.start_date <= " + d + ") THEN 1 ELSE 0 END AS renewed,"
                + " COALESCE(b.region, 'UNKNOWN') AS region, p.product_line AS line,"
                + " CASE WHEN c.date_of_birth IS NULL THEN 'UNKNOWN'"
                + " WHEN c.date_of_birth > DATE '" + asOf.minusYears(25) + "' THEN 'UNDER_25'"
                + " WHEN c.date_of_birth > DATE '" + asOf.minusYears(35) + "' THEN '25-34'"
                + " WHEN c.date_of_birth > DATE '" + asOf.minusYears(45) + "' THEN '35-44'"
                + " WHEN c.date_of_birth > DATE '" + asOf.minusYears(55) + "' THEN '45-54'"
                + " WHEN c.date_of_birth > DATE '" + asOf.minusYears(65) + "' THEN '55-64'"
                + " ELSE '65_AND_OVER' END AS age"
                + " FROM policy p JOIN customer c ON c.id = p.holder_id JOIN branch b ON b.id = p.branch_id"
                + " LEFT JOIN paid k ON k.policy_id = p.id"
                + " WHERE p.start_date >= DATE '" + q.from() + "' AND p.start_date <= DATE '" + q.to() + "'"
                + " AND p.start_date <= " + d + ") ";
        String measures = "SUM(premium), SUM(paid), COUNT(DISTINCT holder_id), COUNT(*), SUM(ended), SUM(renewed)";
        if (postgres) {
            return base + "SELECT region, line, age, " + measures + " FROM base GROUP BY ROLLUP(region, line, age)";
        }
        String none = "CAST(NULL AS VARCHAR(200))";
        return base + "SELECT region, line, age, " + measures + " FROM base GROUP BY region, line, age"
                + " UNION ALL SELECT region, line, " + none + ", " + measures + " FROM base GROUP BY region, line"
                + " UNION ALL SELECT region, " + none + ", " + none + ", " + measures + " FROM base GROUP BY region"
                + " UNION ALL SELECT " + none + ", " + none + ", " + none + ", " + measures + " FROM base";
    }

    @Override
    public List<String> compare(Sample library, Sample baseline, List<Reference> references) {
        Cells lib = (Cells) library;
        Cells base = (Cells) baseline;
        List<String> problems = new ArrayList<>();
        if (lib.runsCells.size() != base.runsCells.size()) {
            problems.add("runs: library " + lib.runsCells.size() + ", baseline " + base.runsCells.size());
        }
        for (int i = 0; i < Math.min(lib.runsCells.size(), base.runsCells.size()); i++) {
            compare(lib.runsCells.get(i), base.runsCells.get(i), problems);
        }
        return problems;
    }

    private static void compare(List<String> library, List<String> baseline, List<String> problems) {
        List<String> a = library.stream().sorted().toList();
        List<String> b = baseline.stream().sorted().toList();
        if (a.size() != b.size()) {
            problems.add("cells: library " + a.size() + ", baseline " + b.size());
        }
        List<String> onlyLibrary = new ArrayList<>(a);
        onlyLibrary.removeAll(b);
        List<String> onlyBaseline = new ArrayList<>(b);
        onlyBaseline.removeAll(a);
        // cells hold dimension values and totals only, no personal data
        onlyLibrary.stream().limit(5).forEach(x -> problems.add("only in the library's cube: " + x));
        onlyBaseline.stream().limit(5).forEach(x -> problems.add("only in the baseline's cube: " + x));
        if (a.isEmpty()) {
            problems.add("the cube is empty");
        }
    }

    /** The milliseconds of each run and the cells of each run, in round order. */
    record Cells(List<Double> millisPerRun, List<List<String>> runsCells) implements Sample {

        @Override
        public double headline() {
            return mean(millisPerRun);
        }

        @Override
        public Map<String, Object> figures() {
            Map<String, Object> f = runFigures(millisPerRun);
            f.put("cells", runsCells.get(runsCells.size() - 1).size());
            return f;
        }

        @Override
        public Sample plus(Sample later) {
            Cells l = (Cells) later;
            return new Cells(concat(millisPerRun, l.millisPerRun), concat(runsCells, l.runsCells));
        }
    }
}
