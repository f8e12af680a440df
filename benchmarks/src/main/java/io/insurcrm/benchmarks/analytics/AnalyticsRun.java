package io.insurcrm.benchmarks.analytics;

import io.insurcrm.analytics.AnalyticsService;
import io.insurcrm.analytics.model.AnalyticsRunReport;
import io.insurcrm.analytics.model.CubeCell;
import io.insurcrm.analytics.model.CubeQuery;
import io.insurcrm.analytics.model.Dimension;
import io.insurcrm.analytics.model.Pyramid;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.ImportReport;
import io.insurcrm.testing.SyntheticBook;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The macro benchmark of the analytics: a generated book (100 000 customers by default) imported into an
 * embedded H2 store (or a JDBC database), then one full analytics run (facts → segments → snapshot →
 * alerts), the pyramid and a cube, with the elapsed time and the peak heap of each phase. Meant to run
 * with the heap capped:
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am install -DskipTests
 * java -Xmx256m -cp benchmarks/target/insurcrm-benchmarks.jar io.insurcrm.benchmarks.analytics.AnalyticsRun \
 *     [customers] [work-dir] [jdbc-url user password]
 * </pre>
 *
 * Files and database are kept in the work directory (default {@code target/analytics-run-<customers>}),
 * so a second run skips generation and import.
 */
public final class AnalyticsRun {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private AnalyticsRun() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/analytics-run-" + customers);
        Path files = dir.resolve("import");
        out.printf("analytics run: %,d customers, as of %s, max heap %,d MB, work dir %s%n", customers, AS_OF,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), dir);
        if (!Files.exists(files.resolve(SyntheticBook.fileName(ImportKind.INTERACTIONS)))) {
            long t0 = System.nanoTime();
            SyntheticBook.builder().seed(42).customers(customers).asOf(AS_OF).build().writeCsv(files);
            out.printf("generate: %,d ms%n", (System.nanoTime() - t0) / 1_000_000);
        }
        Clock clock = Clock.fixed(AS_OF.atTime(12, 0).atZone(ZONE).toInstant(), ZoneOffset.UTC);
        InsurCrm.Builder builder = InsurCrm.builder().clock(clock);
        if (args.length > 4) {
            builder.jdbc(args[2], args[3], args[4]);
        } else {
            builder.embedded(dir.resolve("db"));
        }
        Actor actor = Actor.system("analytics-run");
        try (InsurCrm crm = builder.build()) {
            out.println("store: " + crm.describeStore());
            Path imported = dir.resolve("imported-" + (args.length > 4 ? "jdbc" : "h2"));
            if (!Files.exists(imported)) {
                resetPeaks();
                long t0 = System.nanoTime();
                for (ImportKind kind : ImportKind.values()) {
                    ImportReport r = crm.imports().importFile(actor, kind, files.resolve(SyntheticBook.fileName(kind)),
                            ImportOptions.DEFAULTS);
                    out.println("  " + r);
                }
                out.printf("import: %,d ms, peak heap %s%n", (System.nanoTime() - t0) / 1_000_000, peakHeapMb());
                Files.writeString(imported, "imported");
            }
            AnalyticsService analytics = crm.service(AnalyticsService.class);
            // -Dinsurcrm.phases=run,pyramid,cube (default all; the pyramid reads the stored snapshot)
            List<String> phases = List.of(System.getProperty("insurcrm.phases", "run,pyramid,cube").split(","));
            // -Dinsurcrm.previousAsOf=2025-07-31: a snapshot of that date first (once, untimed), so that a run of
            // the date compares with it and a re-run of the date replaces announced segment changes
            String previous = System.getProperty("insurcrm.previousAsOf");
            if (previous != null && !analytics.snapshotDates(actor).contains(LocalDate.parse(previous))) {
                out.println("previous snapshot: " + analytics.run(actor, LocalDate.parse(previous)).customers()
                        + " customers as of " + previous);
            }
            System.gc();
            long t0;
            if (phases.contains("run")) {
                resetPeaks();
                t0 = System.nanoTime();
                AnalyticsRunReport report = analytics.run(actor, AS_OF);
                long runMs = (System.nanoTime() - t0) / 1_000_000;
                out.printf("analytics run: %,d customers, tiers %s, alerts %s in %,d ms, peak heap %s%n",
                        report.customers(), report.tierCounts(), report.alertsByRule(), runMs, peakHeapMb());
            }
            if (phases.contains("pyramid")) {
                resetPeaks();
                t0 = System.nanoTime();
                Pyramid p = analytics.pyramid(actor, AS_OF).orElseThrow();
                out.printf("pyramid: top 1/5/20%% premium shares %s/%s/%s in %,d ms, peak heap %s%n",
                        p.top().get(0).premiumShare(), p.top().get(1).premiumShare(), p.top().get(2).premiumShare(),
                        (System.nanoTime() - t0) / 1_000_000, peakHeapMb());
            }
            if (!phases.contains("cube")) {
                return;
            }
            resetPeaks();
            t0 = System.nanoTime();
            List<CubeCell> cube = analytics.cube(actor, new CubeQuery(AS_OF, AS_OF.minusYears(3), AS_OF,
                    List.of(Dimension.REGION, Dimension.PRODUCT_LINE, Dimension.AGE_BAND)));
            out.printf("cube region × product line × age band with subtotals: %,d cells in %,d ms, peak heap %s%n",
                    cube.size(), (System.nanoTime() - t0) / 1_000_000, peakHeapMb());
        }
    }

    /**
     * Peak heap in use (sampled every 10 ms) and the largest heap left after a collection. The latter is
     * an upper bound of the live set: after a young collection of G1 it still counts the old generation's
     * garbage. With {@code -Dinsurcrm.liveProbeMs=N} the watch also forces a full collection every N ms
     * and keeps the largest heap in use after it: the live set itself (at the cost of those pauses).
     */
    private static final class HeapWatch extends Thread {
        private static final long PROBE_MS = Long.getLong("insurcrm.liveProbeMs", 0);
        private volatile long peakUsed;
        private volatile long peakLive;
        private volatile long peakProbed;

        HeapWatch() {
            super("heap-watch");
            setDaemon(true);
        }

        @Override
        public void run() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long nextProbe = System.nanoTime() + PROBE_MS * 1_000_000;
            while (true) {
                if (PROBE_MS > 0 && System.nanoTime() >= nextProbe) {
                    memory.gc();
                    peakProbed = Math.max(peakProbed, memory.getHeapMemoryUsage().getUsed());
                    nextProbe = System.nanoTime() + PROBE_MS * 1_000_000;
                }
                peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
                long live = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                        live += pool.getCollectionUsage().getUsed();
                    }
                }
                peakLive = Math.max(peakLive, live);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void reset() {
            peakUsed = 0;
            peakLive = 0;
            peakProbed = 0;
        }
    }

    private static final HeapWatch WATCH = new HeapWatch();

    static {
        WATCH.start();
    }

    private static void resetPeaks() {
        WATCH.reset();
    }

    private static String peakHeapMb() {
        String probed = HeapWatch.PROBE_MS > 0
                ? String.format(", live set by full GCs every %,d ms %,d MB", HeapWatch.PROBE_MS,
                        WATCH.peakProbed / (1024 * 1024)) : "";
        return String.format("%,d MB (largest live set after a GC %,d MB%s)", WATCH.peakUsed / (1024 * 1024),
                WATCH.peakLive / (1024 * 1024), probed);
    }
}
