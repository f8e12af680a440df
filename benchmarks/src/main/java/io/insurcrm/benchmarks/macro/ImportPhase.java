package io.insurcrm.benchmarks.macro;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.ImportReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * a. Bulk import of the five files: {@code crm.imports().importFile} with default options (batches of
 * 1,000 rows, one transaction each) against {@link BaselineLoader} with JDBC batches (1,000 rows,
 * one commit each) and, on PostgreSQL, the same loader over COPY as the ceiling. Each side loads
 * into its own empty database made by the same migrations. Before timing, both import a warm-up book
 * into throw-away databases, {@code --warm-up-imports} times each, alternated (JIT warm-up: after one
 * import each, the library's first timed round still took 1.2-1.3 times as long as its second). Each
 * side imports twice, in A B B A order, each time into a fresh database: round 0 into the databases
 * the later phases read, round 1 into throw-away ones (so neither side always goes first, on a cold
 * cache or a warm one). The library is opened before its timer starts, as the baseline's connection
 * is. After timing, each database is fingerprinted with id-independent aggregates (row counts, sums
 * of amounts, counts of optional columns, text lengths, join checks), which must be equal across sides
 * and rounds. Each warm-up database is dropped as soon as it is loaded (then a checkpoint, before the first
 * timed round); after the last round ({@link #close}) the two databases that later phases read are settled
 * ({@link Engine#settle}) and every other one is dropped, so no background work is left in them.
 */
final class ImportPhase implements Phase {
    /** Id-independent aggregates that two loads of the same rows must share. */
    static final Map<String, String> FINGERPRINT = new LinkedHashMap<>();

    static {
        FINGERPRINT.put("branch.rows", "SELECT COUNT(*) FROM branch");
        FINGERPRINT.put("branch.with_parent", "SELECT COUNT(*) FROM branch b JOIN branch p ON p.id = b.parent_id");
        FINGERPRINT.put("branch.text", "SELECT SUM(LENGTH(code) + LENGTH(name) + COALESCE(LENGTH(region), 0) + LENGTH(branch_level)) FROM branch");
        FINGERPRINT.put("customer.rows", "SELECT COUNT(*) FROM customer");
        FINGERPRINT.put("customer.national_ids", "SELECT COUNT(national_id) FROM customer");
        FINGERPRINT.put("customer.organisation_codes", "SELECT COUNT(organisation_code) FROM customer");
        FINGERPRINT.put("customer.mobiles", "SELECT COUNT(mobile) FROM customer");
        FINGERPRINT.put("customer.emails", "SELECT COUNT(email) FROM customer");
        FINGERPRINT.put("customer.births", "SELECT COUNT(date_of_birth) FROM customer");
        FINGERPRINT.put("customer.occupation_classes", "SELECT COALESCE(SUM(occupation_class), 0) FROM customer");
        FINGERPRINT.put("customer.text", "SELECT SUM(LENGTH(name) + LENGTH(kind) + COALESCE(LENGTH(gender), 0)"
                + " + COALESCE(LENGTH(national_id), 0) + COALESCE(LENGTH(mobile), 0) + COALESCE(LENGTH(email), 0)"
                + " + COALESCE(LENGTH(employer), 0) + COALESCE(LENGTH(job_position), 0)"
                + " + COALESCE(LENGTH(work_address_line), 0) + COALESCE(LENGTH(home_address_line), 0)"
                + " + COALESCE(LENGTH(home_city), 0) + COALESCE(LENGTH(work_phone), 0)"
                + " + COALESCE(LENGTH(education), 0) + COALESCE(LENGTH(marital_status), 0)) FROM customer");
        FINGERPRINT.put("customer.in_province_branch", "SELECT COUNT(*) FROM customer c JOIN branch b ON b.id = c.branch_id"
                + " WHERE b.branch_level = 'COUNTY'");
        FINGERPRINT.put("household.rows", "SELECT COUNT(*) FROM household");
        FINGERPRINT.put("household_member.rows", "SELECT COUNT(*) FROM household_member");
        FINGERPRINT.put("household_member.heads", "SELECT COUNT(*) FROM household_member WHERE relationship = 'HEAD'");
        FINGERPRINT.put("policy.rows", "SELECT COUNT(*) FROM policy");
        FINGERPRINT.put("policy.premium", "SELECT SUM(premium) FROM policy");
        FINGERPRINT.put("policy.sum_insured", "SELECT COALESCE(SUM(sum_insured), 0) FROM policy");
        FINGERPRINT.put("policy.plates", "SELECT COUNT(licence_plate) FROM policy");
        FINGERPRINT.put("policy.renewals", "SELECT COUNT(previous_policy_number) FROM policy");
        FINGERPRINT.put("policy.in_force", "SELECT COUNT(*) FROM policy WHERE status = 'IN_FORCE'");
        FINGERPRINT.put("policy.premium_of_corporates", "SELECT COALESCE(SUM(p.premium), 0) FROM policy p"
                + " JOIN customer c ON c.id = p.holder_id WHERE c.kind = 'CORPORATE'");
        FINGERPRINT.put("policy.text", "SELECT SUM(LENGTH(policy_number) + LENGTH(product_line) + COALESCE(LENGTH(product_code), 0)"
                + " + LENGTH(sales_channel) + COALESCE(LENGTH(licence_plate), 0) + LENGTH(currency)) FROM policy");
        FINGERPRINT.put("claim.rows", "SELECT COUNT(*) FROM claim");
        FINGERPRINT.put("claim.claimed", "SELECT COALESCE(SUM(claimed_amount), 0) FROM claim");
        FINGERPRINT.put("claim.paid", "SELECT COALESCE(SUM(paid_amount), 0) FROM claim");
        FINGERPRINT.put("claim.settled", "SELECT COUNT(settled_date) FROM claim");
        FINGERPRINT.put("claim.litigations", "SELECT COUNT(*) FROM claim WHERE litigation");
        FINGERPRINT.put("claim.on_holder", "SELECT COUNT(*) FROM claim c JOIN policy p ON p.id = c.policy_id"
                + " WHERE p.holder_id = c.customer_id");
        FINGERPRINT.put("claim.text", "SELECT COALESCE(SUM(LENGTH(claim_number) + LENGTH(status) + COALESCE(LENGTH(cause), 0)), 0) FROM claim");
        FINGERPRINT.put("interaction.rows", "SELECT COUNT(*) FROM interaction");
        FINGERPRINT.put("interaction.text", "SELECT COALESCE(SUM(LENGTH(source_ref) + LENGTH(channel) + LENGTH(interaction_type)"
                + " + COALESCE(LENGTH(staff_id), 0) + COALESCE(LENGTH(summary), 0)), 0) FROM interaction");
        FINGERPRINT.put("interaction.of_individuals", "SELECT COUNT(*) FROM interaction i JOIN customer c"
                + " ON c.id = i.customer_id WHERE c.national_id IS NOT NULL");
    }

    /** The databases loaded by the timed rounds that no later phase reads, dropped by {@link #close}. */
    private final List<Engine.Database> throwAway = new ArrayList<>();
    private BenchContext context;

    private static final ImportKind[] ORDER = {ImportKind.BRANCHES, ImportKind.CUSTOMERS, ImportKind.POLICIES,
            ImportKind.CLAIMS, ImportKind.INTERACTIONS};

    @Override
    public String name() {
        return "import";
    }

    @Override
    public Ratio ratio() {
        return Ratio.throughput("rows/s", 0.8);
    }

    @Override
    public int rounds() {
        return 2;
    }

    @Override
    public void warmUp(BenchContext c) throws Exception {
        context = c; // the harness warms every phase up before its rounds; close() works on this context
        if (c.options.warmUpCustomers() == 0) {
            return; // smoke tests only: the timed import is then cold
        }
        Path folder = c.options.workDir().resolve("warm-up-book");
        Book warm = Book.generate(folder, c.options.warmUpCustomers(), c.options.seed() + 100, 5, 5);
        for (int pass = 0; pass < c.options.warmUpImports(); pass++) {
            boolean libraryFirst = pass % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == libraryFirst) {
                    Engine.Database db = c.engine.create("warm_library_" + pass);
                    try (InsurCrm crm = InsurCrm.builder().location(db.location()).build()) {
                        importAll(crm, warm, new LinkedHashMap<>());
                    }
                    c.engine.drop(db);
                } else {
                    Engine.Database db = c.engine.create("warm_baseline_" + pass);
                    try (LoadTarget t = new LoadTarget.Jdbc(db.connect())) {
                        new BaselineLoader(t, warm).loadAll();
                    }
                    c.engine.drop(db);
                }
            }
        }
        if (c.copyDb != null) {
            Engine.Database db = c.engine.create("warm_copy");
            try (LoadTarget t = new LoadTarget.Copy(db.connect())) {
                new BaselineLoader(t, warm).loadAll();
            }
            c.engine.drop(db);
        }
        c.engine.checkpoint(); // what the warm-ups wrote is on disk before the first timed round
    }

    @Override
    public Sample runLibrary(BenchContext c, int round) throws Exception {
        if (round == 0) {
            return importInto(c.crm(), c.libraryDb, c.book);
        }
        Engine.Database db = c.engine.create("bench_library_" + round);
        throwAway.add(db);
        try (InsurCrm crm = InsurCrm.builder().location(db.location()).build()) {
            return importInto(crm, db, c.book);
        }
    }

    /**
     * After the timed rounds (nothing in between them, so every round starts as it did before): drops
     * the databases no later phase reads, so no background work is left in them, and settles the two
     * that are read (see {@link Engine#settle}).
     */
    @Override
    public void close() throws SQLException {
        if (context == null) {
            return;
        }
        for (Engine.Database db : throwAway) {
            context.engine.drop(db);
        }
        context.engine.settle(context.libraryDb);
        context.engine.settle(context.baselineDb);
    }

    private static Load importInto(InsurCrm crm, Engine.Database db, Book book) throws SQLException {
        Map<String, Double> perFile = new LinkedHashMap<>();
        long start = System.nanoTime();
        long rows = importAll(crm, book, perFile);
        long nanos = System.nanoTime() - start;
        return new Load(rows, nanos, List.of(nanos), perFile, List.of(fingerprint(db)));
    }

    @Override
    public Sample runBaseline(BenchContext c, int round) throws Exception {
        Engine.Database db = round == 0 ? c.baselineDb : c.engine.create("bench_baseline_" + round);
        if (round > 0) {
            throwAway.add(db);
        }
        return load(db, new LoadTarget.Jdbc(db.connect()), c.book);
    }

    @Override
    public List<Reference> runReferences(BenchContext c) throws Exception {
        if (c.copyDb == null) {
            return List.of();
        }
        Memory.Measured<Sample> m = Memory.measure(() -> load(c.copyDb, new LoadTarget.Copy(c.copyDb.connect()),
                c.book));
        throwAway.add(c.copyDb);
        return List.of(new Reference("copy (ceiling)", m.value(), m.usage()));
    }

    private static Load load(Engine.Database db, LoadTarget target, Book book) throws Exception {
        long rows;
        long nanos;
        BaselineLoader loader = new BaselineLoader(target, book);
        try (target) {
            long start = System.nanoTime();
            rows = loader.loadAll();
            nanos = System.nanoTime() - start;
        }
        return new Load(rows, nanos, List.of(nanos), loader.secondsPerFile(), List.of(fingerprint(db)));
    }

    private static long importAll(InsurCrm crm, Book book, Map<String, Double> perFile) {
        long rows = 0;
        for (ImportKind kind : ORDER) {
            long start = System.nanoTime();
            ImportReport report = crm.imports().importFile(BenchContext.ACTOR, kind, book.file(kind),
                    ImportOptions.DEFAULTS);
            perFile.put(kind.name().toLowerCase(java.util.Locale.ROOT), seconds(System.nanoTime() - start));
            if (report.rejectedCount() > 0 || report.inserted() != report.rowsRead()) {
                throw new IllegalStateException("the library did not insert every row of " + kind + ": " + report);
            }
            rows += report.rowsRead();
        }
        return rows;
    }

    static Map<String, String> fingerprint(Engine.Database db) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> q : FINGERPRINT.entrySet()) {
                try (ResultSet rs = s.executeQuery(q.getValue())) {
                    rs.next();
                    BigDecimal v = rs.getBigDecimal(1);
                    out.put(q.getKey(), v == null ? "null" : v.stripTrailingZeros().toPlainString());
                }
            }
        }
        return out;
    }

    @Override
    public List<String> compare(Sample library, Sample baseline, List<Reference> references) {
        List<String> problems = new ArrayList<>();
        Load lib = (Load) library;
        Load base = (Load) baseline;
        if (lib.rows != base.rows) {
            problems.add("rows read: library " + lib.rows + ", baseline " + base.rows);
        }
        Map<String, String> expected = lib.fingerprints.get(0);
        for (int i = 1; i < lib.fingerprints.size(); i++) {
            diff("library round " + i, expected, lib.fingerprints.get(i), problems);
        }
        for (int i = 0; i < base.fingerprints.size(); i++) {
            diff(i == 0 ? "baseline" : "baseline round " + i, expected, base.fingerprints.get(i), problems);
        }
        for (Reference r : references) {
            diff(r.label(), expected, ((Load) r.sample()).fingerprints.get(0), problems);
        }
        return problems;
    }

    private static void diff(String other, Map<String, String> lib, Map<String, String> them, List<String> problems) {
        for (Map.Entry<String, String> e : lib.entrySet()) {
            if (!Objects.equals(e.getValue(), them.get(e.getKey()))) {
                problems.add(e.getKey() + ": library " + e.getValue() + ", " + other + " " + them.get(e.getKey()));
            }
        }
    }

    static double seconds(long nanos) {
        return Math.round(nanos / 1e6) / 1e3;
    }

    /**
     * Rows loaded, the time it took (in all, per round in the order run, and per file over the rounds
     * merged), and the fingerprint of each round's database afterwards.
     */
    record Load(long rows, long nanos, List<Long> nanosPerRound, Map<String, Double> secondsPerFile,
            List<Map<String, String>> fingerprints)
            implements Sample {
        @Override
        public double headline() {
            return rows / (nanos / 1e9);
        }

        @Override
        public Map<String, Object> figures() {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("rows", rows);
            f.put("seconds", Math.round(nanos / 1e6) / 1e3);
            f.put("rowsPerSecond", Math.round(headline()));
            f.put("secondsPerRound", nanosPerRound.stream().map(ImportPhase::seconds).toList());
            f.put("secondsPerFile", secondsPerFile);
            return f;
        }

        @Override
        public Sample plus(Sample later) {
            Load l = (Load) later;
            Map<String, Double> files = new LinkedHashMap<>(secondsPerFile);
            l.secondsPerFile.forEach((file, s) -> files.merge(file, s, (a, b) -> Math.round((a + b) * 1e3) / 1e3));
            List<Map<String, String>> all = new ArrayList<>(fingerprints);
            all.addAll(l.fingerprints);
            List<Long> rounds = new ArrayList<>(nanosPerRound);
            rounds.addAll(l.nanosPerRound);
            return new Load(rows + l.rows, nanos + l.nanos, rounds, files, all);
        }
    }
}
