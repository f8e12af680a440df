package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.organisation.BranchRepository;
import io.insurcrm.core.organisation.BranchTree;
import io.insurcrm.core.transaction.TransactionRunner;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

final class DefaultBranchService implements BranchService {
    private final BranchRepository branches;
    private final TransactionRunner tx;
    private final IdGenerator ids;

    @Inject
    DefaultBranchService(BranchRepository branches, TransactionRunner tx, IdGenerator ids) {
        this.branches = branches;
        this.tx = tx;
        this.ids = ids;
    }

    @Override
    public Branch create(Actor actor, String code, String name, BranchLevel level, String parentCode, String region) {
        Objects.requireNonNull(actor, "actor");
        return tx.inTransaction(() -> {
            BranchId parentId = null;
            if (parentCode != null && !parentCode.isBlank()) {
                Branch parent = branches.findByCode(parentCode.strip())
                        .orElseThrow(() -> new ValidationException("parentCode", "exists", "names no known branch"));
                if (parent.level().childLevel() != level) {
                    throw new ValidationException("level", "hierarchy",
                            "a branch under a " + parent.level() + " must be a " + parent.level().childLevel());
                }
                parentId = parent.id();
            }
            Branch branch = new Branch(new BranchId(ids.next()), code == null ? null : code.strip(), name, level,
                    parentId, region);
            branches.insert(branch);
            return branch;
        });
    }

    @Override
    public Optional<Branch> get(Actor actor, BranchId id) {
        Objects.requireNonNull(actor, "actor");
        return branches.findById(id);
    }

    @Override
    public Optional<Branch> findByCode(Actor actor, String code) {
        Objects.requireNonNull(actor, "actor");
        return branches.findByCode(code);
    }

    @Override
    public List<Branch> all(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return branches.findAll();
    }

    @Override
    public List<Branch> subtree(Actor actor, BranchId id) {
        Objects.requireNonNull(actor, "actor");
        BranchTree tree = new BranchTree(branches.findAll());
        return tree.subtree(id).stream().map(b -> tree.get(b).orElseThrow()).collect(Collectors.toList());
    }

    @Override
    public List<Branch> pathToHeadOffice(Actor actor, BranchId id) {
        Objects.requireNonNull(actor, "actor");
        return new BranchTree(branches.findAll()).pathToHeadOffice(id);
    }
}
