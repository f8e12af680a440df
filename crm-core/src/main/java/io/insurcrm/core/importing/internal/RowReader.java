package io.insurcrm.core.importing.internal;

import java.io.IOException;
import java.util.List;

/** Streams rows from a file, one at a time, so memory does not grow with the file. */
interface RowReader {

    /**
     * The column names known before the first row is applied: the CSV header, or the keys of the
     * first JSON object. Lower-case, stripped, in file order (duplicates kept so they can be refused).
     */
    List<String> columns();

    /** The next row, or {@code null} at the end of the input. */
    SourceRow next() throws IOException;

    /** The general name of the pseudo-field used for problems of a whole row. */
    String ROW = "row";

    static String normaliseColumn(String raw) {
        return raw.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static String blankToNull(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        return s.isEmpty() ? null : s;
    }
}
