package io.insurcrm.core.importing;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How to run an import.
 *
 * @param batchSize rows per transaction (default 1,000)
 * @param maxErrors how many row errors to keep in the report (all are counted)
 * @param zone      zone for local date-times in the file (default Asia/Shanghai)
 * @param progress  told after each committed batch, on the importing thread
 * @param readAhead whether the next batch is read and parsed on a second thread while the current one
 *                  is written (default {@code true}); {@code false} keeps the whole import on the
 *                  calling thread. Either way batches are applied in file order on the calling thread,
 *                  and the report is the same.
 */
public record ImportOptions(int batchSize, int maxErrors, ZoneId zone, ImportProgressListener progress,
        boolean readAhead) {
    public static final ImportOptions DEFAULTS =
            new ImportOptions(1_000, 1_000, ZoneId.of("Asia/Shanghai"), ImportProgressListener.NONE, true);

    public ImportOptions {
        if (batchSize < 1 || batchSize > 100_000) {
            throw new IllegalArgumentException("batchSize must be 1..100000");
        }
        if (maxErrors < 0) {
            throw new IllegalArgumentException("maxErrors must be >= 0");
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(progress, "progress");
    }

    /** Options with read-ahead on. */
    public ImportOptions(int batchSize, int maxErrors, ZoneId zone, ImportProgressListener progress) {
        this(batchSize, maxErrors, zone, progress, true);
    }

    public ImportOptions withProgress(ImportProgressListener listener) {
        return new ImportOptions(batchSize, maxErrors, zone, listener, readAhead);
    }

    public ImportOptions withBatchSize(int size) {
        return new ImportOptions(size, maxErrors, zone, progress, readAhead);
    }

    public ImportOptions withReadAhead(boolean on) {
        return new ImportOptions(batchSize, maxErrors, zone, progress, on);
    }
}
