package io.insurcrm.benchmarks.macro;

import java.util.Map;

/** What one side of a phase measured and returned. Implementations are phase-specific. */
public interface Sample {

    /** The figure the ratio is made of: rows per second, or p99 latency in microseconds. */
    double headline();

    /** Every figure worth printing and keeping in the JSON file, in display order. */
    Map<String, Object> figures();

    /** This sample followed by a later round of the same side. */
    Sample plus(Sample later);
}
