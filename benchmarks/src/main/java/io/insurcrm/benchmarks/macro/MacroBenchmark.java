package io.insurcrm.benchmarks.macro;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The macro benchmark: for one book size and one or both stores, measures in one run each phase the
 * library's way and the hand-written baseline's way on the same data, checks that both returned the
 * same results, prints a table and writes a JSON file. Exit code 0 if every phase's results matched,
 * 1 if any differed (a missed performance target is reported, not failed), 2 on bad arguments.
 *
 * <pre>
 * java -XX:+AlwaysPreTouch -Xms6g -Xmx6g -cp benchmarks/target/insurcrm-benchmarks.jar io.insurcrm.benchmarks.macro.MacroBenchmark --customers 10000 --store both
 * </pre>
 *
 * {@code -XX:+AlwaysPreTouch} with a fixed heap (both sides share the JVM) keeps the kernel's first touch of
 * heap out of the looking-up thread's time and out of GC pauses; the JSON records the JVM options.
 * See BENCHMARKS.md at the repository root for the phases, the ratios and the results.
 */
@Command(name = "macro-benchmark", mixinStandardHelpOptions = true,
        description = "InsurCRM macro benchmark: library vs hand-written JDBC baselines on the same data.")
public final class MacroBenchmark implements Callable<Integer> {

    enum StoreChoice {
        h2, postgres, both
    }

    @Option(names = "--customers", description = "Customers in the synthetic book (about 3 policies and 0.3 claims each). Default: ${DEFAULT-VALUE}.")
    int customers = 10_000;

    @Option(names = "--store", description = "h2, postgres or both. Default: ${DEFAULT-VALUE}.")
    StoreChoice store = StoreChoice.both;

    @Option(names = "--lookups", description = "Timed 360° lookups. Default: ${DEFAULT-VALUE}.")
    int lookups = 10_000;

    @Option(names = "--warm-up-lookups", description = "Distinct 360° lookups made before timing (see --warm-up-seconds). Default: ${DEFAULT-VALUE}.")
    int warmUpLookups = 1_000;

    @Option(names = "--warm-up-seconds", description = "How long each side keeps making 360° lookups (cycling over the warm-up ones) before timing, so that the JIT has compiled its whole path. Default: ${DEFAULT-VALUE}.")
    double warmUpSeconds = 20;

    @Option(names = "--warm-up-customers", description = "Customers of the book imported into throw-away databases before the timed import, capped at the book's size (0: none, for smoke tests only). Default: ${DEFAULT-VALUE}.")
    int warmUpCustomers = 10_000;

    @Option(names = "--warm-up-imports", description = "How many times each side imports the warm-up book before the timed import, alternated (library then baseline, baseline then library, ...), so that the JIT has settled for both. Default: ${DEFAULT-VALUE}.")
    int warmUpImports = 4;

    @Option(names = "--seed", description = "Seed of the book and of the lookups. Default: ${DEFAULT-VALUE}.")
    long seed = 42;

    @Option(names = "--out", description = "The JSON result file. Default: target/insurcrm-macro-<customers>.json under the current folder.")
    Path out;

    @Option(names = "--work-dir", description = "Where the book and the databases go (a new temporary folder if not given; deleted at the end unless --keep).")
    Path workDir;

    @Option(names = "--phases", split = ",", description = "Only these phases (for profiling): import, 360-view, analytics, cube. A later phase needs the import.")
    List<String> onlyPhases;

    @Option(names = "--keep", description = "Keep the work folder.")
    boolean keep;

    private final PrintStream console;

    public MacroBenchmark() {
        this(System.out);
    }

    MacroBenchmark(PrintStream console) {
        this.console = console;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new MacroBenchmark()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    /** The phases, in order: the import loads what the later phases read. */
    static List<Phase> phases() {
        return List.of(new ImportPhase(), new ViewPhase(), new AnalyticsPhase(), new CubePhase());
    }

    @Override
    public Integer call() throws Exception {
        if (customers < 1 || lookups < 10 || warmUpLookups < 0 || warmUpCustomers < 0 || warmUpImports < 1
                || warmUpSeconds < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--customers must be >= 1, --lookups >= 10, --warm-up-customers >= 0 (0: no import warm-up),"
                            + " --warm-up-imports >= 1,"
                            + " --warm-up-seconds >= 0");
        }
        Path work = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("insurcrm-macro-");
        Path result = out != null ? out : Path.of("target", "insurcrm-macro-" + customers + ".json");
        long started = System.nanoTime();
        try {
            console.printf(Locale.ROOT, "InsurCRM macro benchmark: %,d customers, store %s, %s%n", customers, store,
                    Machine.describe());
            long t = System.nanoTime();
            Book book = Book.generate(work.resolve("book"), customers, seed, lookups, warmUpLookups);
            console.printf(Locale.ROOT, "book: %,d rows %s generated in %.1f s%n", book.rows(), book.manifest().rows(),
                    (System.nanoTime() - t) / 1e9);
            BenchContext.Options options = new BenchContext.Options(lookups, warmUpLookups, warmUpSeconds,
                    Math.min(warmUpCustomers, customers), warmUpImports, seed, work);
            List<Harness.Result> results = new ArrayList<>();
            Map<String, String> engines = new LinkedHashMap<>();
            for (Engine.Kind kind : kinds()) {
                try (Engine engine = Engine.start(kind, work);
                        BenchContext context = new BenchContext(engine, book, options)) {
                    engines.put(kind.label(), engine.describe());
                    for (Phase phase : phases()) {
                        if (onlyPhases != null && !onlyPhases.contains(phase.name())) {
                            continue;
                        }
                        console.printf(Locale.ROOT, "%s / %s ...%n", kind.label(), phase.name());
                        Harness.Result r = Harness.run(kind.label(), phase, context);
                        results.add(r);
                        console.printf(Locale.ROOT, "%s / %s: ratio %.2f (%s) in %.1f s%s%n", kind.label(),
                                phase.name(), r.value(), r.ratio().definition(), r.seconds(),
                                r.matched() ? "" : " RESULTS DIFFER: " + r.mismatches());
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Report.print(console, results);
            Report.writeJson(result, customers, seed, lookups, warmUpLookups, warmUpSeconds, book, engines, results, seconds);
            console.printf(Locale.ROOT, "total %.1f s; results written to %s%n", seconds, result.toAbsolutePath());
            boolean matched = results.stream().allMatch(Harness.Result::matched);
            if (!matched) {
                console.println("FAILED: the library and a baseline returned different results (see above)");
            }
            return matched ? 0 : 1;
        } finally {
            if (!keep && workDir == null) {
                deleteTree(work);
            }
        }
    }

    private List<Engine.Kind> kinds() {
        switch (store) {
            case h2:
                return List.of(Engine.Kind.H2);
            case postgres:
                return List.of(Engine.Kind.POSTGRES);
            default:
                return List.of(Engine.Kind.H2, Engine.Kind.POSTGRES);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The machine, for the report. */
    static final class Machine {
        private Machine() {
        }

        static Map<String, Object> facts() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("processors", Runtime.getRuntime().availableProcessors());
            m.put("memoryMb", totalMemoryMb());
            m.put("maxHeapMb", Runtime.getRuntime().maxMemory() / 1048576);
            m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
            m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
            m.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
            m.put("loadAverage", Harness.loadAverage());
            m.put("at", Instant.now().toString());
            return m;
        }

        static String describe() {
            Map<String, Object> f = facts();
            return f.get("processors") + " cpus, " + f.get("memoryMb") + " MB RAM, heap max " + f.get("maxHeapMb")
                    + " MB, " + f.get("jdk") + ", load " + f.get("loadAverage");
        }

        private static long totalMemoryMb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                    if (line.startsWith("MemTotal:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux
            }
            return -1;
        }
    }

    /** The printed table and the JSON file. */
    static final class Report {
        private Report() {
        }

        static void print(PrintStream out, List<Harness.Result> results) {
            out.println();
            out.println("| store | phase | side | headline | figures | JVM CPU s | peak heap MiB | peak RSS MiB |");
            out.println("|---|---|---|---:|---|---:|---:|---:|");
            for (Harness.Result r : results) {
                for (Harness.Side s : r.sides()) {
                    out.printf(Locale.ROOT, "| %s | %s | %s | %,.0f %s | %s | %.1f | %.0f | %.0f |%n", r.store(),
                            r.phase(), s.label(), s.sample().headline(), r.ratio().unit(), s.sample().figures(),
                            s.memory().cpuSeconds(), s.memory().heapPeakMb(), s.memory().rssPeakMb());
                }
            }
            out.println();
            out.println("| store | phase | ratio | means | target | met | results match | load avg before/after |");
            out.println("|---|---|---:|---|---|---|---|---|");
            for (Harness.Result r : results) {
                out.printf(Locale.ROOT, "| %s | %s | **%.2f** | %s | %s | %s | %s | %.1f / %.1f |%n", r.store(),
                        r.phase(), r.value(), r.ratio().definition(), r.ratio().targetText(), r.met() ? "yes" : "NO",
                        r.matched() ? "yes" : "NO", r.loadBefore(), r.loadAfter());
            }
            out.println();
        }

        static void writeJson(Path file, int customers, long seed, int lookups, int warmUpLookups, double warmUpSeconds,
                Book book, Map<String, String> engines, List<Harness.Result> results, double seconds) throws IOException {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("benchmark", "insurcrm-macro");
            root.put("customers", customers);
            root.put("seed", seed);
            root.put("rows", book.manifest().rows());
            root.put("lookups", lookups);
            root.put("warmUpLookups", warmUpLookups);
            root.put("warmUpSeconds", warmUpSeconds);
            root.put("machine", Machine.facts());
            root.put("engines", engines);
            root.put("seconds", Math.round(seconds * 10) / 10.0);
            root.put("resultsMatch", results.stream().allMatch(Harness.Result::matched));
            List<Object> phases = new ArrayList<>();
            for (Harness.Result r : results) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("store", r.store());
                p.put("phase", r.phase());
                p.put("ratio", Math.round(r.value() * 1000) / 1000.0);
                p.put("ratioDefinition", r.ratio().definition());
                p.put("target", r.ratio().targetText());
                p.put("targetMet", r.met());
                p.put("resultsMatch", r.matched());
                p.put("mismatches", r.mismatches());
                p.put("loadAverageBefore", r.loadBefore());
                p.put("loadAverageAfter", r.loadAfter());
                p.put("seconds", Math.round(r.seconds() * 10) / 10.0);
                Map<String, Object> sides = new LinkedHashMap<>();
                for (Harness.Side s : r.sides()) {
                    Map<String, Object> side = new LinkedHashMap<>();
                    side.put("headline", s.sample().headline());
                    side.put("unit", r.ratio().unit());
                    side.put("figures", s.sample().figures());
                    side.put("jvmCpuSeconds", Math.round(s.memory().cpuSeconds() * 100) / 100.0);
                    side.put("peakHeapMb", Math.round(s.memory().heapPeakMb()));
                    side.put("peakRssMb", Math.round(s.memory().rssPeakMb()));
                    side.put("endRssMb", Math.round(s.memory().rssEndMb()));
                    side.put("rssPeakResetBeforeRun", s.memory().hwmReset());
                    sides.put(s.label(), side);
                }
                p.put("sides", sides);
                phases.add(p);
            }
            root.put("phases", phases);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
        }
    }
}
