package io.insurcrm.core.importing.internal;

import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.internal.BatchOutcome.RowProblems;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * BRANCHES, keyed by {@code code}. Rows apply in file order, so a parent may come earlier in the
 * same batch as its children. The parent must be exactly one level up, as in the branch service.
 *
 * <p><b>Branches are immutable to imports.</b> The branch port can only insert, and a branch's
 * place in the hierarchy drives row scope and escalation, so moving or renaming one is a deliberate
 * act for the branch service, not a side effect of a file. An existing code whose row matches the
 * stored branch is {@code unchanged}; one whose row differs is rejected with rule
 * {@code immutable} on the first differing column, and the stored branch is left as it is.
 */
final class BranchImport extends KindHandler {

    BranchImport(ImportPorts ports, ImportOptions options) {
        super(ImportKind.BRANCHES, ports, options);
    }

    @Override
    Map<String, Cells.Parser> parsers() {
        return Map.of("code", Cells.TEXT, "name", Cells.TEXT, "level", Cells.enumOf(BranchLevel.class),
                "parent_code", Cells.TEXT, "region", Cells.TEXT);
    }

    @Override
    String keyOf(Map<String, Object> cells, RowProblems problems) {
        return requireKeyText(cells, "code", 32, problems);
    }

    @Override
    String columnOf(String modelField) {
        return "parentId".equals(modelField) ? "parent_code" : super.columnOf(modelField);
    }

    @Override
    void apply(List<ParsedRow> rows, Instant now, BatchOutcome outcome) {
        Set<String> codes = new HashSet<>();
        for (ParsedRow row : rows) {
            codes.add(row.key());
            String parent = row.get("parent_code");
            if (parent != null) {
                codes.add(parent);
            }
        }
        Map<String, Branch> known = new HashMap<>(ports.branches().findByCodes(codes));
        // new branches are written together at the end, parents first (file order); a child later in
        // the batch finds its new parent in known
        List<Branch> inserts = new ArrayList<>();
        for (ParsedRow row : rows) {
            RowProblems problems = RowProblems.of(row);
            Branch existing = known.get(row.key());
            String name = row.orElse("name", existing == null ? null : existing.name());
            BranchLevel level = row.orKeep("level", existing == null ? null : existing.level());
            String region = row.orElse("region", existing == null ? null : existing.region());
            BranchId parentId = existing == null ? null : existing.parentId();
            if (row.has("parent_code")) {
                String parentCode = row.get("parent_code");
                parentId = null;
                if (parentCode != null) {
                    Branch parent = known.get(parentCode);
                    if (parent == null) {
                        problems.add("parent_code", "exists",
                                "names no known branch (a parent must come before its children)");
                    } else {
                        parentId = parent.id();
                        if (level != null && parent.level().childLevel() != level) {
                            problems.add("level", "hierarchy", "a branch under a " + parent.level() + " must be a "
                                    + parent.level().childLevel());
                        }
                    }
                }
            }
            Branch candidate = null;
            try {
                candidate = new Branch(existing == null ? new BranchId(ports.ids().next()) : existing.id(),
                        row.key(), name, level, parentId, region);
            } catch (ValidationException e) {
                problems.addAll(e, this::columnOf);
            }
            if (problems.rejectInto(outcome)) {
                continue;
            }
            if (existing == null) {
                inserts.add(candidate);
                known.put(candidate.code(), candidate);
                outcome.inserted++;
            } else if (candidate.equals(existing)) {
                outcome.unchanged++;
            } else {
                outcome.reject(row.line(), firstDifference(existing, candidate), "immutable",
                        "differs from the stored branch; imports never change an existing branch");
            }
        }
        if (!inserts.isEmpty()) {
            ports.branches().insertAll(inserts);
        }
    }

    private static String firstDifference(Branch stored, Branch row) {
        if (!Objects.equals(stored.name(), row.name())) {
            return "name";
        }
        if (stored.level() != row.level()) {
            return "level";
        }
        if (!Objects.equals(stored.parentId(), row.parentId())) {
            return "parent_code";
        }
        return "region";
    }
}
