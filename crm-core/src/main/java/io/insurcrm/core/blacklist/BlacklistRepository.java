package io.insurcrm.core.blacklist;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: blacklist entries and their audit history. */
public interface BlacklistRepository {

    void insert(BlacklistEntry entry);

    /** Versioned write. @throws io.insurcrm.core.common.ConflictException if stale */
    void update(BlacklistEntry next);

    void insertAudit(BlacklistAudit audit);

    Optional<BlacklistEntry> findById(BlacklistEntryId id);

    /**
     * Every entry (active or not) sharing a national ID, a mobile, or a name (then compared with the
     * date of birth by the caller) with any of {@code people}: one query per chunk of keys.
     */
    List<BlacklistEntry> findCandidates(Collection<PersonKey> people);

    /**
     * Whether no entry is stored at all (active or not): one cheap query, so that screening a batch
     * can skip {@link #findCandidates} on an empty list. The default answers false (always screen).
     */
    default boolean isEmpty() {
        return false;
    }

    /** Oldest first. */
    List<BlacklistAudit> audit(BlacklistEntryId id);
}
