package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.blacklist.BlacklistAudit;
import io.insurcrm.core.blacklist.BlacklistEntry;
import io.insurcrm.core.blacklist.BlacklistEntryId;
import io.insurcrm.core.blacklist.BlacklistHit;
import io.insurcrm.core.blacklist.NewBlacklistEntry;
import io.insurcrm.core.blacklist.PersonKey;
import io.insurcrm.core.organisation.BranchId;
import java.util.List;
import java.util.Optional;

/**
 * The blacklist (黑名单). Customer creation, the customer import and policy issue screen against it
 * automatically (refusing with {@link io.insurcrm.core.blacklist.BlacklistedException}, or rejecting
 * the import row with rule {@code blacklisted}); this service maintains the entries and answers
 * checks for other operations, e.g. quoting.
 */
public interface BlacklistService {

    /** Adds an entry and its audit record. */
    BlacklistEntry add(Actor actor, NewBlacklistEntry entry);

    /** Lifts an entry now (kept, with its audit history). */
    BlacklistEntry revoke(Actor actor, BlacklistEntryId id, long expectedVersion);

    Optional<BlacklistEntry> get(Actor actor, BlacklistEntryId id);

    /** Who did what to an entry, oldest first. */
    List<BlacklistAudit> audit(Actor actor, BlacklistEntryId id);

    /**
     * The entry a person matches for an operation in {@code branchId} (by national ID, then mobile,
     * then name + date of birth), if any applies now.
     */
    Optional<BlacklistHit> check(Actor actor, PersonKey person, BranchId branchId);
}
