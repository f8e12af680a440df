package io.insurcrm.core.importing.internal;

import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.common.Violation;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.internal.BatchOutcome.RowProblems;
import io.insurcrm.core.organisation.BranchId;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one {@link ImportKind} is read and applied: per-cell parsers (phase 1, before any
 * transaction), and the batch step (phase 2, inside the batch's transaction) that resolves the
 * natural keys and references of the whole batch with one query per sort of key, merges each row
 * with what is stored, and writes the differences.
 *
 * <p>Partial rows: a column the file does not supply (absent from the CSV header, or a key absent
 * from a JSON object) leaves the stored field as it is; a supplied but blank column clears an
 * optional field. Fields that cannot be empty and have a natural default (a policy's status and
 * branch, a customer's branch, currencies) keep the stored value when blank.
 */
abstract class KindHandler {
    final ImportKind kind;
    final ImportPorts ports;
    final ImportOptions options;
    private final Map<String, Cells.Parser> parsers;

    KindHandler(ImportKind kind, ImportPorts ports, ImportOptions options) {
        this.kind = kind;
        this.ports = ports;
        this.options = options;
        this.parsers = parsers();
        if (!parsers.keySet().equals(new java.util.HashSet<>(kind.columns()))) {
            throw new IllegalStateException("parsers of " + kind + " do not match its columns");
        }
    }

    /** Branch ids found by code in this run (see {@link #branchIds}). */
    private final Map<String, BranchId> knownBranches = new HashMap<>();

    /**
     * The ids of the branches with these codes; unknown codes are absent. A branch's code and id
     * never change and a branch is never deleted ({@code BranchRepository} can only insert), so a
     * code found once is kept for the rest of the run and only codes not found yet are asked for
     * (an unknown code is asked again in every batch that names it, so a branch added meanwhile is
     * found). Most batches after the first therefore run no branch query at all.
     */
    Map<String, BranchId> branchIds(Set<String> codes) {
        Set<String> missing = new HashSet<>();
        for (String code : codes) {
            if (!knownBranches.containsKey(code)) {
                missing.add(code);
            }
        }
        if (!missing.isEmpty()) {
            knownBranches.putAll(ports.branches().findIdsByCodes(missing));
        }
        return knownBranches;
    }

    /** A parser for every column of the kind. */
    abstract Map<String, Cells.Parser> parsers();

    /**
     * Checks across cells of one row that need nothing stored, and returns the canonical natural
     * key, or {@code null} after adding a problem. Runs even when some cells failed to parse (those
     * are absent from {@code cells} and {@code problems.has(column)} tells them apart).
     */
    abstract String keyOf(Map<String, Object> cells, RowProblems problems);

    /** Applies a batch of valid rows (distinct keys, in file order). Runs inside one transaction. */
    abstract void apply(List<ParsedRow> rows, Instant now, BatchOutcome outcome);

    /** The column of the natural key named in errors about the whole key. */
    String keyColumn() {
        String k = kind.naturalKey();
        int bar = k.indexOf('|');
        return bar < 0 ? k : k.substring(0, bar);
    }

    /** The column of the natural key of this row (customers have two sorts of key). */
    String keyColumn(ParsedRow row) {
        return keyColumn();
    }

    /** The file column that a model field (or a repository's unique field) corresponds to. */
    String columnOf(String modelField) {
        return camelToSnake(modelField);
    }

    /**
     * Phase 1: parses every supplied cell; all problems of the row are collected. Returns
     * {@code null} if the row has no valid natural key (it is rejected with {@code problems}), else
     * the parsed row, carrying any cell problems (see {@link ParsedRow#cellErrors()}).
     */
    final ParsedRow parse(SourceRow row, RowProblems problems) {
        Map<String, Object> cells = new HashMap<>(row.supplied().size() * 2);
        for (String column : row.supplied()) {
            Cells.Parser parser = parsers.get(column);
            if (parser == null) {
                problems.add(column, "unknown-column", "is not a column of " + kind + " imports");
                continue;
            }
            String raw = row.value(column);
            if (raw == null) {
                cells.put(column, null);
                continue;
            }
            try {
                cells.put(column, parser.parse(raw));
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    problems.add(column, v.rule(), v.message());
                }
            }
        }
        // the checks across cells run even after a bad cell, so that a row reports every problem
        String key = keyOf(cells, problems);
        return key == null ? null : new ParsedRow(row.line(), key, cells, List.copyOf(problems.errors()));
    }

    static String camelToSnake(String field) {
        StringBuilder sb = new StringBuilder(field.length() + 4);
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** A required text cell that is also a key: present, not blank, within its length. */
    static String requireKeyText(Map<String, Object> cells, String column, int maxLength, RowProblems problems) {
        String v = (String) cells.get(column);
        if (v == null) {
            problems.add(column, "required", "is required");
            return null;
        }
        if (v.length() > maxLength) {
            problems.add(column, "max-length", "must be at most " + maxLength + " characters");
            return null;
        }
        return v;
    }
}
