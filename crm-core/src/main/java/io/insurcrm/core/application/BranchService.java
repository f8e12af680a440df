package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import java.util.List;
import java.util.Optional;

/** The branch hierarchy: head office → province → city → county. */
public interface BranchService {

    /**
     * Creates a branch under a parent (none for the head office); the parent must be exactly one
     * level up.
     *
     * @throws io.insurcrm.core.common.ValidationException if the parent is missing or at the wrong level
     * @throws io.insurcrm.core.common.DuplicateException  if the code is taken
     */
    Branch create(Actor actor, String code, String name, BranchLevel level, String parentCode, String region);

    Optional<Branch> get(Actor actor, BranchId id);

    Optional<Branch> findByCode(Actor actor, String code);

    /** Every branch, head office first, then by level and code. */
    List<Branch> all(Actor actor);

    /**
     * The branch and every branch below it, the branch first (empty if unknown). Computed in Java
     * from one query of all branches: an insurer has at most a few thousand.
     */
    List<Branch> subtree(Actor actor, BranchId id);

    /** The branch, its parent, ... up to the head office (empty if unknown); one query, walked in Java. */
    List<Branch> pathToHeadOffice(Actor actor, BranchId id);
}
