package io.insurcrm.benchmarks.macro;

/**
 * How a phase's headline figures make its ratio, and the target from issue 7.
 *
 * @param unit       unit of the headline figure
 * @param definition the ratio in words, as printed
 * @param higherIsBetter true for throughput (ratio = library / baseline, target a floor), false for
 *                   latency or duration (ratio = library / baseline, target a ceiling)
 * @param target     the floor (throughput) or ceiling (latency) the ratio must meet
 */
public record Ratio(String unit, String definition, boolean higherIsBetter, double target) {

    /** Throughput: the library as a fraction of the baseline's rows per second; at least {@code floor}. */
    public static Ratio throughput(String unit, double floor) {
        return new Ratio(unit, "library throughput / baseline throughput (>= " + floor + " wanted; 1.0 = as fast)",
                true, floor);
    }

    /** Latency: the library's p99 over the baseline's p99; at most {@code ceiling}. */
    public static Ratio latency(String unit, double ceiling) {
        return new Ratio(unit, "library p99 / baseline p99 (<= " + ceiling + " wanted; 1.0 = as fast)", false,
                ceiling);
    }

    /** Duration: the library's wall time over the baseline's for the same job; at most {@code ceiling}. */
    public static Ratio duration(String unit, double ceiling) {
        return new Ratio(unit, "library time / baseline time (<= " + ceiling + " wanted; 1.0 = as fast)", false,
                ceiling);
    }

    public double of(Sample library, Sample baseline) {
        return library.headline() / baseline.headline();
    }

    public boolean met(double ratio) {
        return higherIsBetter ? ratio >= target : ratio <= target;
    }

    public String targetText() {
        return (higherIsBetter ? ">= " : "<= ") + target;
    }
}
