package io.insurcrm.core.access;

import io.insurcrm.core.organisation.BranchId;
import java.util.Objects;
import java.util.Set;

/**
 * Which customers an actor may see at all. Applied inside the queries by the store, so a customer
 * outside the scope is indistinguishable from a missing one.
 */
public sealed interface RowScope {

    /** Every customer (head office, administrators, the host application's own jobs). */
    record All() implements RowScope {
    }

    /** No customer at all: identity-blind actors such as executives without clearance. */
    record None() implements RowScope {
    }

    /** Customers owned by one of these branches (a branch subtree, computed from the branch table). */
    record BranchSubtree(Set<BranchId> branches) implements RowScope {
        public BranchSubtree {
            branches = Set.copyOf(branches);
        }
    }

    /** Customers whose current responsible account manager has this staff id ("his own customers"). */
    record AssignedTo(String staffId) implements RowScope {
        public AssignedTo {
            Objects.requireNonNull(staffId, "staffId");
        }
    }

    /** Customers in any of the parts (e.g. own customers plus a small branch). */
    record AnyOf(Set<RowScope> parts) implements RowScope {
        public AnyOf {
            parts = Set.copyOf(parts);
        }
    }

    RowScope ALL = new All();
    RowScope NONE = new None();
}
