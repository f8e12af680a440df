package io.insurcrm.core.importing.internal;

import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.common.Violation;
import io.insurcrm.core.importing.RowError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** What one batch did; only counted once its transaction has committed. */
final class BatchOutcome {
    long inserted;
    long updated;
    long unchanged;
    long rejectedRows;
    final List<RowError> errors = new ArrayList<>();

    void reject(long line, String field, String rule, String message) {
        rejectedRows++;
        errors.add(new RowError(line, field, rule, message));
    }

    void reject(List<RowError> rowErrors) {
        rejectedRows++;
        errors.addAll(rowErrors);
    }

    /** Collects the problems of one row, then rejects it (once) if there were any. */
    static final class RowProblems {
        private final long line;
        private final List<RowError> errors = new ArrayList<>(2);

        RowProblems(long line) {
            this.line = line;
        }

        /** The problems of a row in the batch step, starting with those of its cells. */
        static RowProblems of(ParsedRow row) {
            RowProblems p = new RowProblems(row.line());
            p.errors.addAll(row.cellErrors());
            return p;
        }

        /** Adds a problem, unless the column already has one (one problem per column is reported). */
        RowProblems add(String field, String rule, String message) {
            if (!has(field)) {
                errors.add(new RowError(line, field, rule, message));
            }
            return this;
        }

        /** Whether the column already has a problem. */
        boolean has(String field) {
            for (RowError e : errors) {
                if (e.field().equals(field)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Adds the violations of a model record, renaming its fields to the file's columns; a column
         * that already has a problem (e.g. a reference that names nothing) is not reported twice.
         */
        RowProblems addAll(ValidationException e, UnaryOperator<String> columnOf) {
            for (Violation v : e.violations()) {
                add(columnOf.apply(v.field()), v.rule(), v.message());
            }
            return this;
        }

        boolean any() {
            return !errors.isEmpty();
        }

        List<RowError> errors() {
            return errors;
        }

        /** Rejects the row into {@code outcome} if it has problems; true if it did. */
        boolean rejectInto(BatchOutcome outcome) {
            if (errors.isEmpty()) {
                return false;
            }
            outcome.reject(errors);
            return true;
        }
    }
}
