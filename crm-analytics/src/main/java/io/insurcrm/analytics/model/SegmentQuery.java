package io.insurcrm.analytics.model;

import io.insurcrm.core.organisation.BranchId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A look-up in a stored snapshot, e.g. "tier A and WARNING in branch X and its sub-branches".
 * Null criteria match everything.
 *
 * @param subBranches include the branches under {@code branchId}
 * @param limit       at most this many rows, ordered by premium12 descending
 */
public record SegmentQuery(LocalDate asOf, ValueTier tier, LoyaltyStatus loyalty, BranchId branchId,
        boolean subBranches, int limit) {
    public SegmentQuery {
        Objects.requireNonNull(asOf, "asOf");
        if (limit < 1 || limit > 100_000) {
            throw new IllegalArgumentException("limit must be 1..100000");
        }
    }
}
