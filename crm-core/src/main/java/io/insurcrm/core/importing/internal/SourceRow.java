package io.insurcrm.core.importing.internal;

import io.insurcrm.core.importing.RowError;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row as read from a file, before any interpretation.
 *
 * @param line     the 1-based line where the row starts (CSV: a quoted field may span lines)
 * @param values   column to value, stripped; blank values are absent
 * @param supplied the columns the row supplies, blank or not (CSV: the header; JSON lines: the
 *                 object's keys, {@code null} values included). A column that is supplied but blank
 *                 clears a field; a column that is not supplied leaves a stored field as it is.
 * @param errors   problems found while reading (e.g. a ragged CSV row); non-empty means the row is
 *                 rejected as a whole
 */
record SourceRow(long line, Map<String, String> values, Set<String> supplied, List<RowError> errors) {

    static SourceRow of(long line, Map<String, String> values, Set<String> supplied) {
        return new SourceRow(line, values, supplied, List.of());
    }

    static SourceRow bad(long line, RowError error) {
        return new SourceRow(line, Map.of(), Set.of(), List.of(error));
    }

    boolean isBad() {
        return !errors.isEmpty();
    }

    /** The value, or {@code null} when absent or blank. */
    String value(String column) {
        return values.get(column);
    }
}
