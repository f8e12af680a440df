package io.insurcrm.core.blacklist;

import io.insurcrm.core.organisation.BranchId;
import java.time.Instant;
import java.util.UUID;

/** One entry of a blacklist entry's audit history, with the state it left the entry in. */
public record BlacklistAudit(UUID id, BlacklistEntryId entryId, BlacklistAction action, String reasonCode,
        BranchId scopeBranchId, Instant expiresAt, String actorId, Instant occurredAt) {
}
