package io.insurcrm.core.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The branch hierarchy in memory, for subtree and path questions. An insurer has hundreds to a few
 * thousand branches, so the tree is built from one query of every branch and walked in Java; this
 * keeps the SQL portable (no recursive CTE dialect differences) and costs one small read.
 */
public final class BranchTree {
    private Supplier<? extends Collection<Branch>> source;
    private Map<BranchId, Branch> byId;
    private Map<BranchId, List<Branch>> children;

    public BranchTree(Collection<Branch> branches) {
        build(branches);
    }

    private BranchTree(Supplier<? extends Collection<Branch>> source) {
        this.source = source;
    }

    /**
     * A tree that reads its branches from {@code branches} at its first question only (so a policy
     * that never asks costs no query). For use by one thread.
     */
    public static BranchTree lazy(Supplier<? extends Collection<Branch>> branches) {
        return new BranchTree(Objects.requireNonNull(branches, "branches"));
    }

    private void build(Collection<Branch> branches) {
        byId = new HashMap<>();
        children = new HashMap<>();
        for (Branch b : branches) {
            byId.put(b.id(), b);
        }
        for (Branch b : branches) {
            if (b.parentId() != null) {
                children.computeIfAbsent(b.parentId(), k -> new ArrayList<>()).add(b);
            }
        }
        source = null;
    }

    private Map<BranchId, List<Branch>> children() {
        byId();
        return children;
    }

    private Map<BranchId, Branch> byId() {
        if (byId == null) {
            build(source.get());
        }
        return byId;
    }

    public Optional<Branch> get(BranchId id) {
        return Optional.ofNullable(byId().get(id));
    }

    /** The parent of a branch, empty for the head office or an unknown branch. */
    public Optional<Branch> parent(BranchId id) {
        Branch b = byId().get(id);
        return b == null || b.parentId() == null ? Optional.empty() : Optional.ofNullable(byId().get(b.parentId()));
    }

    /** The branch and every branch below it (empty if unknown), the branch itself first. */
    public Set<BranchId> subtree(BranchId root) {
        if (!byId().containsKey(root)) {
            return Set.of();
        }
        Set<BranchId> result = new LinkedHashSet<>();
        List<BranchId> queue = new ArrayList<>(List.of(root));
        for (int i = 0; i < queue.size(); i++) {
            BranchId id = queue.get(i);
            if (result.add(id)) {
                for (Branch child : children().getOrDefault(id, List.of())) {
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
        for (Branch b = byId().get(id); b != null && seen.add(b.id()); b = b.parentId() == null ? null
                : byId().get(b.parentId())) {
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
