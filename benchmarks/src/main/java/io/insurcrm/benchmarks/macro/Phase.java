package io.insurcrm.benchmarks.macro;

import java.util.List;

/**
 * One job of the macro benchmark, measured the library's way and the hand-written baseline's way on
 * the same data, in the same database engine, with the same indexes. The harness ({@link Harness})
 * warms both up, runs the sides (alternating A B B A … over {@link #rounds()} rounds, so a drift in
 * machine load hits both alike), measures memory around each run, checks with
 * {@link #compare} that both sides returned the same results, and works out the ratio.
 *
 * <p>A new phase (the analytics run, the cube) is a small class implementing this interface and added
 * to the list in {@link MacroBenchmark}.
 */
public interface Phase extends AutoCloseable {

    /** A short name for tables and JSON, e.g. {@code import}. */
    String name();

    /** How the headline figures compare and what the target is. */
    Ratio ratio();

    /** Rounds to run each side; each round's sample is merged with {@link Sample#plus}. */
    default int rounds() {
        return 1;
    }

    /** Work done before anything is timed (e.g. a small import into throw-away databases). */
    default void warmUp(BenchContext context) throws Exception {
    }

    /** The library's side, round {@code round} (0-based). */
    Sample runLibrary(BenchContext context, int round) throws Exception;

    /** The hand-written baseline's side, round {@code round}. */
    Sample runBaseline(BenchContext context, int round) throws Exception;

    /** Reference runs shown beside the baseline (e.g. PostgreSQL COPY as the ceiling of an import); none by default. */
    default List<Reference> runReferences(BenchContext context) throws Exception {
        return List.of();
    }

    /**
     * The differences between what the library and the baseline (and each reference) returned, in
     * words; empty if they agree. Any difference fails the benchmark.
     */
    List<String> compare(Sample library, Sample baseline, List<Reference> references);

    /** Releases what the phase kept open between its runs; called once, after {@link #compare}. */
    @Override
    default void close() throws Exception {
    }

    /** A reference run with its label, e.g. {@code copy}. */
    record Reference(String label, Sample sample, Memory.Usage memory) {
    }
}
