package io.insurcrm.core.blacklist;

import io.insurcrm.core.common.CrmException;

/**
 * The operation was refused because the person is blacklisted. Carries the entry id, its reason
 * code and which identifier matched — never the identifier itself or the free-text reason.
 */
public final class BlacklistedException extends CrmException {
    private static final long serialVersionUID = 1L;
    private final transient BlacklistHit hit;

    public BlacklistedException(String operation, BlacklistHit hit) {
        super(operation + " refused: the person matches blacklist entry " + hit.entryId() + " (reason "
                + hit.reasonCode() + ", matched on " + hit.matchedOn() + ")");
        this.hit = hit;
    }

    public BlacklistHit hit() {
        return hit;
    }

    public BlacklistEntryId entryId() {
        return hit.entryId();
    }

    public String reasonCode() {
        return hit.reasonCode();
    }
}
