package io.insurcrm.core.importing;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How to run an import.
 *
 * @param batchSize rows per transaction (default 1,000)
 * @param maxErrors how many row errors to keep in the report (all are counted)
 * @param zone      zone for local date-times in the file (default Asia/Shanghai)
 */
public record ImportOptions(int batchSize, int maxErrors, ZoneId zone, ImportProgressListener progress) {
    public static final ImportOptions DEFAULTS =
            new ImportOptions(1_000, 1_000, ZoneId.of("Asia/Shanghai"), ImportProgressListener.NONE);

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

    public ImportOptions withProgress(ImportProgressListener listener) {
        return new ImportOptions(batchSize, maxErrors, zone, listener);
    }

    public ImportOptions withBatchSize(int size) {
        return new ImportOptions(size, maxErrors, zone, progress);
    }
}
