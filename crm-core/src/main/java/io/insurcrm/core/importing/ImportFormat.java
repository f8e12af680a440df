package io.insurcrm.core.importing;

import java.nio.file.Path;
import java.util.Locale;

/** File formats the importer reads, both streamed row by row in UTF-8. */
public enum ImportFormat {
    /** RFC 4180 CSV with a header row; quoted fields may contain commas, quotes and newlines. */
    CSV,
    /** One JSON object per line; values are strings, numbers, booleans or null. */
    JSON_LINES;

    /** By file extension: {@code .csv}, or {@code .jsonl} / {@code .ndjson}. */
    public static ImportFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        throw new IllegalArgumentException("cannot tell the format of " + file.getFileName()
                + ": use .csv, .jsonl or .ndjson, or name the format");
    }
}
