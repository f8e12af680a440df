package io.insurcrm.core.importing;

import java.time.Duration;
import java.util.List;

/**
 * What an import did. A second run of the same file reports every row {@code unchanged}.
 *
 * @param rejected the bad rows; at most {@link ImportOptions#maxErrors()} are listed, {@code rejectedCount} counts all
 */
public record ImportReport(ImportKind kind, long rowsRead, long inserted, long updated, long unchanged,
        long rejectedCount, List<RowError> rejected, Duration elapsed) {
    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /** True if the import wrote nothing. */
    public boolean changedNothing() {
        return inserted == 0 && updated == 0;
    }

    /** Rows applied per second (rows read / elapsed). */
    public double rowsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s == 0 ? 0 : rowsRead / s;
    }

    @Override
    public String toString() {
        return kind + ": " + rowsRead + " rows read, " + inserted + " inserted, " + updated + " updated, " + unchanged
                + " unchanged, " + rejectedCount + " rejected in " + elapsed.toMillis() + " ms";
    }
}
