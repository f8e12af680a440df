package io.insurcrm.core.blacklist;

import io.insurcrm.core.common.Validator;
import io.insurcrm.core.organisation.BranchId;
import java.time.Instant;
import java.util.Objects;

/**
 * A blacklist entry (黑名单): who (by any of his identifiers), why, where, from when until when.
 *
 * @param person        the identifiers; at least one of national ID, mobile, or name + birth date
 * @param reasonCode    a short machine code, e.g. {@code FRAUD}; the only reason part an error shows
 * @param reason        free text for staff; never put into errors or logs
 * @param scopeBranchId {@code null}: the whole company; else that branch and everything below it
 * @param expiresAt     {@code null}: does not expire; an entry applies in [startsAt, expiresAt)
 * @param revokedAt     set when it is lifted early
 */
public record BlacklistEntry(BlacklistEntryId id, long version, PersonKey person, String reasonCode, String reason,
        BranchId scopeBranchId, Instant startsAt, Instant expiresAt, Instant revokedAt, String addedBy,
        Instant createdAt, Instant updatedAt) {
    public BlacklistEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Validator v = Validator.start().require(person, "person").requireText(reasonCode, "reasonCode", 40)
                .maxLength(reason, "reason", 1000).require(startsAt, "startsAt").requireText(addedBy, "addedBy", 64);
        if (person != null && person.isEmpty()) {
            v.add("person", "identifier", "needs a national ID, a mobile, or a name with a date of birth");
        }
        if (startsAt != null && expiresAt != null && !expiresAt.isAfter(startsAt)) {
            v.add("expiresAt", "date-order", "must be after startsAt");
        }
        v.validate();
    }

    /** Applies at {@code now}: started, not expired, not revoked. */
    public boolean isActive(Instant now) {
        return !now.isBefore(startsAt) && (expiresAt == null || now.isBefore(expiresAt))
                && (revokedAt == null || now.isBefore(revokedAt));
    }

    /** Whether the company-wide scope. */
    public boolean isCompanyWide() {
        return scopeBranchId == null;
    }

    public BlacklistEntry revoked(Instant now) {
        return new BlacklistEntry(id, version + 1, person, reasonCode, reason, scopeBranchId, startsAt, expiresAt, now,
                addedBy, createdAt, now);
    }

    @Override
    public String toString() {
        return "BlacklistEntry[" + id + " " + reasonCode + "]";
    }
}
