package io.insurcrm.core.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The branch hierarchy in memory, for subtree and path questions. An insurer has hundreds to a few
 * thousand branches, so the tree is built from one query of every branch and walked in Java; this
 * keeps the SQL portable (no recursive CTE dialect differences) and costs one small read.
 */
public final class BranchTree {
    private final Map<BranchId, Branch> byId = new HashMap<>();
    private final Map<BranchId, List<Branch>> children = new HashMap<>();

    public BranchTree(Collection<Branch> branches) {
        for (Branch b : branches) {
            byId.put(b.id(), b);
        }
        for (Branch b : branches) {
            if (b.parentId() != null) {
                children.computeIfAbsent(b.parentId(), k -> new ArrayList<>()).add(b);
            }
        }
    }

    public Optional<Branch> get(BranchId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The parent of a branch, empty for the head office or an unknown branch. */
    public Optional<Branch> parent(BranchId id) {
        Branch b = byId.get(id);
        return b == null || b.parentId() == null ? Optional.empty() : Optional.ofNullable(byId.get(b.parentId()));
    }

    /** The branch and every branch below it (empty if unknown), the branch itself first. */
    public Set<BranchId> subtree(BranchId root) {
        if (!byId.containsKey(root)) {
            return Set.of();
        }
        Set<BranchId> result = new LinkedHashSet<>();
        List<BranchId> queue = new ArrayList<>(List.of(root));
        for (int i = 0; i < queue.size(); i++) {
            BranchId id = queue.get(i);
            if (result.add(id)) {
                for (Branch child : children.getOrDefault(id, List.of())) {
                    queue.add(child.id());
                }
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /** The branch, its parent, ... up to the head office (empty if unknown). */
    public List<Branch> pathToHeadOffice(BranchId id) {
        List<Branch> path = new ArrayList<>();
        Set<BranchId> seen = new LinkedHashSet<>();
        for (Branch b = byId.get(id); b != null && seen.add(b.id()); b = b.parentId() == null ? null
                : byId.get(b.parentId())) {
            path.add(b);
        }
        return Collections.unmodifiableList(path);
    }

    /** Whether {@code branch} is {@code ancestor} or lies below it. */
    public boolean isWithin(BranchId branch, BranchId ancestor) {
        for (Branch b : pathToHeadOffice(branch)) {
            if (b.id().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
