package io.insurcrm.benchmarks.macro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A phase whose sides are whole jobs (the analytics run, a cube query) rather than many small
 * operations: each side runs once untimed as round −1 (the warm-up), then {@link #rounds()} timed
 * rounds (four: at 10k customers a run takes about a second and single runs of either side moved by up
 * to 30 %, so the mean of two left the ratio to chance near a target). A round number is the
 * subclass's to turn into a different input each time (a later date, a later slice), so that H2
 * cannot answer a repeated identical statement from its cached last result.
 */
abstract class WholeJobPhase implements Phase {

    @Override
    public int rounds() {
        return 4;
    }

    @Override
    public void warmUp(BenchContext c) throws Exception {
        runLibrary(c, -1);
        runBaseline(c, -1);
    }

    /** Settles the library's database (outside the timer; see {@link Engine#settle}), then times its run. */
    @Override
    public final Sample runLibrary(BenchContext c, int round) throws Exception {
        c.engine.settle(c.libraryDb);
        return timeLibrary(c, round);
    }

    /** Settles the baseline's database (outside the timer), then times its run. */
    @Override
    public final Sample runBaseline(BenchContext c, int round) throws Exception {
        c.engine.settle(c.baselineDb);
        return timeBaseline(c, round);
    }

    /**
     * One timed run of the library's side, round {@code round} (−1: the warm-up), on a settled database:
     * each run writes or reads a whole book, and what the previous runs wrote (a snapshot of 100,000 rows
     * a night at 100k) would otherwise bring autovacuum into the middle of a later run of either side.
     */
    abstract Sample timeLibrary(BenchContext c, int round) throws Exception;

    /** One timed run of the baseline's side, as {@link #timeLibrary}. */
    abstract Sample timeBaseline(BenchContext c, int round) throws Exception;

    /** The mean of a side's timed runs, in milliseconds: its headline. */
    static double mean(List<Double> millisPerRun) {
        return millisPerRun.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** The first figures of a side of such a phase: how many timed runs, their mean and each run, in milliseconds. */
    static Map<String, Object> runFigures(List<Double> millisPerRun) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("runs", millisPerRun.size());
        f.put("meanMillis", Math.round(mean(millisPerRun)));
        f.put("millisPerRun", millisPerRun.stream().map(Math::round).toList());
        return f;
    }

    /** The runs of two merged samples, in round order. */
    static <T> List<T> concat(List<T> earlier, List<T> later) {
        List<T> all = new ArrayList<>(earlier);
        all.addAll(later);
        return all;
    }
}
