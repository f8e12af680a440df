package io.insurcrm.core.importing;

/**
 * A rejected row: where, which field, which rule. Carries no field values (they may be personal data).
 *
 * @param line the 1-based line number in the file (for CSV, of the row's first line)
 */
public record RowError(long line, String field, String rule, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + field + ": " + message + " [" + rule + "]";
    }
}
