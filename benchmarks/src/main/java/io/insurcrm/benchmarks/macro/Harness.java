package io.insurcrm.benchmarks.macro;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs one {@link Phase}: warm-up, the sides in A B B A order, references, memory, the comparison, the ratio. */
final class Harness {
    private Harness() {
    }

    /** One side's merged sample and the largest memory use over its rounds. */
    record Side(String label, Sample sample, Memory.Usage memory) {
    }

    /**
     * @param mismatches differences between the sides' results; non-empty fails the benchmark
     * @param loadBefore the machine's 1-minute load average when the phase started (a shared machine)
     */
    record Result(String store, String phase, Ratio ratio, double value, List<Side> sides, List<String> mismatches,
            double loadBefore, double loadAfter, double seconds) {
        boolean matched() {
            return mismatches.isEmpty();
        }

        boolean met() {
            return ratio.met(value);
        }
    }

    static Result run(String store, Phase phase, BenchContext context) throws Exception {
        double loadBefore = loadAverage();
        long start = System.nanoTime();
        try (phase) {
            phase.warmUp(context);
            Sample library = null;
            Sample baseline = null;
            Memory.Usage libraryMemory = null;
            Memory.Usage baselineMemory = null;
            for (int round = 0; round < phase.rounds(); round++) {
                boolean libraryFirst = round % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    boolean libraryTurn = (turn == 0) == libraryFirst;
                    int r = round;
                    Memory.Measured<Sample> m = Memory.measure(() -> libraryTurn ? phase.runLibrary(context, r)
                            : phase.runBaseline(context, r));
                    if (libraryTurn) {
                        library = library == null ? m.value() : library.plus(m.value());
                        libraryMemory = libraryMemory == null ? m.usage() : libraryMemory.max(m.usage());
                    } else {
                        baseline = baseline == null ? m.value() : baseline.plus(m.value());
                        baselineMemory = baselineMemory == null ? m.usage() : baselineMemory.max(m.usage());
                    }
                }
            }
            List<Phase.Reference> references = phase.runReferences(context);
            List<String> mismatches = phase.compare(library, baseline, references);
            List<Side> sides = new ArrayList<>();
            sides.add(new Side("library", library, libraryMemory));
            sides.add(new Side("baseline", baseline, baselineMemory));
            references.forEach(ref -> sides.add(new Side(ref.label(), ref.sample(), ref.memory())));
            return new Result(store, phase.name(), phase.ratio(), phase.ratio().of(library, baseline), sides,
                    mismatches, loadBefore, loadAverage(), (System.nanoTime() - start) / 1e9);
        }
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
