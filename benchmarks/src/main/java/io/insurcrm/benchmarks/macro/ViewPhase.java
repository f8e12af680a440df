package io.insurcrm.benchmarks.macro;

import io.insurcrm.core.application.CoreSettings;
import io.insurcrm.core.application.Customer360Service;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * b. The 360° view: {@code crm.views().find(actor, identifier)} (the identifier as a user types it:
 * the library works out what it is) against {@link JdbcView} (told the identifier's kind), over the
 * same lookups spread evenly over customer id, national ID, mobile, licence plate and policy number.
 * Customer ids differ between the two databases, so id lookups are resolved from the natural key in
 * each database before timing. Each side first makes the warm-up lookups over and over for
 * {@code --warm-up-seconds} (the JIT compiles the library's wider path, the view with its audit
 * sealer, more slowly than the baseline's: with 1,000 lookups its per-lookup CPU was still falling
 * when timing began), then both make the timed ones in two halves, A B B A. Each lookup is timed
 * alone (System.nanoTime); latencies are sorted for the percentiles. Each answer (whose view, how
 * many policies, in force, claims, premium written, claims paid, interactions, household members)
 * must be equal on both sides.
 *
 * <p>Every view is a read in clear, recorded in the audit trail; the library seals those records into
 * the hash chain on its sealer thread when the reads pause. So that this deferred work does not run
 * in the baseline's half, right after each of the library's halves (and before it, for what the
 * warm-up left) an audit query seals them all, outside both timers; the time it takes is reported
 * with the library's figures ({@code auditSealMillisAfter}, and per lookup).
 */
final class ViewPhase implements Phase {
    /** CPU time of the looking-up thread: a latency figure that load from other processes does not move. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Bytes allocated by the looking-up thread (HotSpot), for allocation per lookup. */
    private static final com.sun.management.ThreadMXBean ALLOCATED =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** A user who never acts: the audit query that seals the library's reads finds nothing. */
    private static final String NOBODY = "macro-benchmark-nobody";
    private String[] libraryIdentifiers;
    private String[] libraryWarmUp;
    private Object[] baselineKeys;
    private Object[] baselineWarmUp;
    private JdbcView baseline;

    @Override
    public String name() {
        return "360-view";
    }

    @Override
    public Ratio ratio() {
        return Ratio.latency("us p99", 1.5);
    }

    @Override
    public int rounds() {
        return 2;
    }

    @Override
    public void warmUp(BenchContext c) throws Exception {
        baseline = new JdbcView(c.baselineDb.connect(), CoreSettings.DEFAULTS.interactionsInView());
        try (JdbcView libraryIds = new JdbcView(c.libraryDb.connect(), 0)) {
            libraryIdentifiers = identifiers(c.book.lookups(), libraryIds);
            libraryWarmUp = identifiers(c.book.warmUp(), libraryIds);
        }
        baselineKeys = keys(c.book.lookups(), baseline);
        baselineWarmUp = keys(c.book.warmUp(), baseline);
        Customer360Service views = c.crm().views();
        long nanos = (long) (c.options.warmUpSeconds() * 1e9);
        for (long end = System.nanoTime() + nanos, i = 0; i < libraryWarmUp.length || System.nanoTime() < end; i++) {
            views.find(BenchContext.ACTOR, libraryWarmUp[(int) (i % libraryWarmUp.length)]);
        }
        List<Book.Lookup> warmUp = c.book.warmUp();
        for (long end = System.nanoTime() + nanos, i = 0; i < baselineWarmUp.length || System.nanoTime() < end; i++) {
            int k = (int) (i % baselineWarmUp.length);
            baseline.find(warmUp.get(k).kind(), baselineWarmUp[k]);
        }
    }

    /** What the library is given: the text a user would type (a customer id as its UUID text). */
    private static String[] identifiers(List<Book.Lookup> lookups, JdbcView db) throws Exception {
        String[] out = new String[lookups.size()];
        for (int i = 0; i < out.length; i++) {
            Book.Lookup l = lookups.get(i);
            out[i] = l.kind() == Book.IdKind.CUSTOMER_ID ? String.valueOf(db.idOf(l.value())) : l.value();
        }
        return out;
    }

    /** What the baseline is given: the canonical value (a UUID for id lookups). */
    private static Object[] keys(List<Book.Lookup> lookups, JdbcView db) throws Exception {
        Object[] out = new Object[lookups.size()];
        for (int i = 0; i < out.length; i++) {
            Book.Lookup l = lookups.get(i);
            out[i] = l.kind() == Book.IdKind.CUSTOMER_ID ? db.idOf(l.value()) : l.value();
        }
        return out;
    }

    private int from(int round) {
        return round == 0 ? 0 : libraryIdentifiers.length / 2;
    }

    private int to(int round) {
        return round == 0 ? libraryIdentifiers.length / 2 : libraryIdentifiers.length;
    }

    /**
     * Seals the audit records of the library's reads so far, on this thread: an audit query seals
     * what is staged or kept before it reads. Returns how long it took.
     */
    private static long sealAuditTrail(BenchContext c) {
        long start = System.nanoTime();
        c.crm().audit().byActor(BenchContext.ACTOR, NOBODY);
        return System.nanoTime() - start;
    }

    @Override
    public Sample runLibrary(BenchContext c, int round) {
        Customer360Service views = c.crm().views();
        sealAuditTrail(c);
        int from = from(round);
        int to = to(round);
        long[] nanos = new long[to - from];
        long[] cpuNanos = new long[nanos.length];
        List<ViewAnswer> answers = new ArrayList<>(nanos.length);
        long allocatedBefore = ALLOCATED.getCurrentThreadAllocatedBytes();
        for (int i = from; i < to; i++) {
            long cpu = CPU.getCurrentThreadCpuTime(); // read outside the timed window
            long start = System.nanoTime();
            ViewAnswer a = ViewAnswer.of(views.find(BenchContext.ACTOR, libraryIdentifiers[i]));
            nanos[i - from] = System.nanoTime() - start;
            cpuNanos[i - from] = CPU.getCurrentThreadCpuTime() - cpu;
            answers.add(a);
        }
        long allocated = ALLOCATED.getCurrentThreadAllocatedBytes() - allocatedBefore; // answers and bookkeeping included
        return new Latencies(nanos, cpuNanos, allocated, sealAuditTrail(c), answers, kinds(c, from, to));
    }

    @Override
    public Sample runBaseline(BenchContext c, int round) throws Exception {
        int from = from(round);
        int to = to(round);
        long[] nanos = new long[to - from];
        long[] cpuNanos = new long[nanos.length];
        List<ViewAnswer> answers = new ArrayList<>(nanos.length);
        List<Book.Lookup> lookups = c.book.lookups();
        long allocatedBefore = ALLOCATED.getCurrentThreadAllocatedBytes();
        for (int i = from; i < to; i++) {
            long cpu = CPU.getCurrentThreadCpuTime(); // read outside the timed window
            long start = System.nanoTime();
            ViewAnswer a = baseline.find(lookups.get(i).kind(), baselineKeys[i]);
            nanos[i - from] = System.nanoTime() - start;
            cpuNanos[i - from] = CPU.getCurrentThreadCpuTime() - cpu;
            answers.add(a);
        }
        long allocated = ALLOCATED.getCurrentThreadAllocatedBytes() - allocatedBefore; // answers and bookkeeping included
        return new Latencies(nanos, cpuNanos, allocated, 0, answers, kinds(c, from, to));
    }

    private static List<Book.IdKind> kinds(BenchContext c, int from, int to) {
        return c.book.lookups().subList(from, to).stream().map(Book.Lookup::kind).toList();
    }

    @Override
    public List<String> compare(Sample library, Sample baseline, List<Reference> references) {
        List<ViewAnswer> lib = ((Latencies) library).answers;
        List<ViewAnswer> base = ((Latencies) baseline).answers;
        List<Book.IdKind> kinds = ((Latencies) library).kinds;
        List<String> problems = new ArrayList<>();
        if (lib.size() != base.size()) {
            problems.add("answers: library " + lib.size() + ", baseline " + base.size());
            return problems;
        }
        int notFound = 0;
        int differ = 0;
        for (int i = 0; i < lib.size(); i++) {
            if (lib.get(i).customerKey() == null || base.get(i).customerKey() == null) {
                notFound++;
            } else if (!lib.get(i).equals(base.get(i))) {
                if (differ++ < 5) { // answers hold no personal data beyond counts and totals
                    problems.add("lookup " + i + " by " + kinds.get(i) + " differs: library " + withoutKey(lib.get(i))
                            + ", baseline " + withoutKey(base.get(i))
                            + (lib.get(i).customerKey().equals(base.get(i).customerKey()) ? "" : " (another customer)"));
                }
            }
        }
        if (notFound > 0) {
            problems.add(notFound + " sampled identifiers were not found by one side");
        }
        if (differ > 5) {
            problems.add((differ - 5) + " more lookups differ");
        }
        return problems;
    }

    private static String withoutKey(ViewAnswer a) {
        return a.toString().replace(String.valueOf(a.customerKey()), "…");
    }

    @Override
    public void close() throws Exception {
        if (baseline != null) {
            baseline.close();
        }
    }

    /**
     * Latencies of single lookups, in lookup order, the looking-up thread's CPU time for each (work
     * handed to other threads, such as the library's background audit sealer, is not in it), the
     * time the audit query after the lookups took to seal their records (0 for the baseline), and
     * what each returned.
     */
    record Latencies(long[] nanos, long[] cpuNanos, long allocatedBytes, long sealNanos, List<ViewAnswer> answers,
            List<Book.IdKind> kinds) implements Sample {
        @Override
        public double headline() {
            return percentileMicros(0.99);
        }

        double percentileMicros(double p) {
            return percentileMicros(nanos, p);
        }

        private static double percentileMicros(long[] nanos, double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e3;
        }

        /** Per identifier kind: "p50/p99" in µs, to see which kinds make the tail. */
        Map<String, String> byKind() {
            Map<String, String> out = new LinkedHashMap<>();
            for (Book.IdKind kind : Book.IdKind.values()) {
                long[] of = new long[nanos.length];
                int n = 0;
                for (int i = 0; i < nanos.length; i++) {
                    if (kinds.get(i) == kind) {
                        of[n++] = nanos[i];
                    }
                }
                if (n > 0) {
                    long[] mine = Arrays.copyOf(of, n);
                    out.put(kind.name(), Math.round(percentileMicros(mine, 0.50)) + "/"
                            + Math.round(percentileMicros(mine, 0.99)));
                }
            }
            return out;
        }

        @Override
        public Map<String, Object> figures() {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("lookups", nanos.length);
            f.put("p50Micros", round(percentileMicros(0.50)));
            f.put("p90Micros", round(percentileMicros(0.90)));
            f.put("p99Micros", round(percentileMicros(0.99)));
            f.put("maxMicros", round(percentileMicros(1.0)));
            f.put("meanMicros", round(Arrays.stream(nanos).average().orElse(0) / 1e3));
            f.put("cpuP50Micros", round(percentileMicros(cpuNanos, 0.50)));
            f.put("cpuP99Micros", round(percentileMicros(cpuNanos, 0.99)));
            f.put("cpuMeanMicros", round(Arrays.stream(cpuNanos).average().orElse(0) / 1e3));
            f.put("allocatedKibPerLookup", round(allocatedBytes / 1024.0 / nanos.length));
            f.put("p50/p99MicrosByKind", byKind());
            if (sealNanos > 0) {
                f.put("auditSealMillisAfter", round(sealNanos / 1e6));
                f.put("auditSealMicrosPerLookup", round(sealNanos / 1e3 / nanos.length));
            }
            return f;
        }

        private static double round(double v) {
            return Math.round(v * 10) / 10.0;
        }

        @Override
        public Sample plus(Sample later) {
            Latencies l = (Latencies) later;
            long[] all = Arrays.copyOf(nanos, nanos.length + l.nanos.length);
            System.arraycopy(l.nanos, 0, all, nanos.length, l.nanos.length);
            long[] cpu = Arrays.copyOf(cpuNanos, cpuNanos.length + l.cpuNanos.length);
            System.arraycopy(l.cpuNanos, 0, cpu, cpuNanos.length, l.cpuNanos.length);
            List<ViewAnswer> answers2 = new ArrayList<>(answers);
            answers2.addAll(l.answers);
            List<Book.IdKind> kinds2 = new ArrayList<>(kinds);
            kinds2.addAll(l.kinds);
            return new Latencies(all, cpu, allocatedBytes + l.allocatedBytes, sealNanos + l.sealNanos, answers2, kinds2);
        }
    }
}
