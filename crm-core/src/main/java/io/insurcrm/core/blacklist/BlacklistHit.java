package io.insurcrm.core.blacklist;

import io.insurcrm.core.organisation.BranchId;

/**
 * A person matched an active entry that applies to the branch in question.
 *
 * @param scopeBranchId {@code null}: company-wide
 */
public record BlacklistHit(BlacklistEntryId entryId, String reasonCode, MatchedOn matchedOn, BranchId scopeBranchId) {
}
