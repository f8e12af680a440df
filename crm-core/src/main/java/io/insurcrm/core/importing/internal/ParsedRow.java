package io.insurcrm.core.importing.internal;

import io.insurcrm.core.importing.RowError;
import java.util.List;
import java.util.Map;

/**
 * A row whose cells are parsed into typed values and that passed the per-cell checks.
 *
 * @param key   the canonical natural key (with a kind prefix where keys of two sorts share a file)
 * @param cells      column to typed value; a column is present exactly when the row supplied it, its
 *                   value is {@code null} when supplied blank (clear the field). A cell that failed to
 *                   parse is absent.
 * @param cellErrors the problems of cells that failed to parse. A row with such problems but a valid
 *                   key still goes through the batch step, validate-only (never written), so that it
 *                   reports its reference and record-level problems too.
 */
record ParsedRow(long line, String key, Map<String, Object> cells, List<RowError> cellErrors) {

    /** True if the row is already rejected and is only checked further. */
    boolean validateOnly() {
        return !cellErrors.isEmpty();
    }

    boolean has(String column) {
        return cells.containsKey(column);
    }

    /** The typed value, or {@code null} if not supplied or blank. */
    @SuppressWarnings("unchecked")
    <T> T get(String column) {
        return (T) cells.get(column);
    }

    /** The supplied value (possibly {@code null}: cleared), or {@code current} if the column was not supplied. */
    @SuppressWarnings("unchecked")
    <T> T orElse(String column, T current) {
        return cells.containsKey(column) ? (T) cells.get(column) : current;
    }

    /** The supplied non-blank value, or {@code current} if the column was not supplied or blank. */
    @SuppressWarnings("unchecked")
    <T> T orKeep(String column, T current) {
        Object v = cells.get(column);
        return v != null ? (T) v : current;
    }
}
