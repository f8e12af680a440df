package io.insurcrm.core.staff;

import io.insurcrm.core.common.Validator;
import io.insurcrm.core.organisation.BranchId;
import java.time.Instant;
import java.util.Objects;

/**
 * An account manager (客户经理): the archivist and care-taker of his customers.
 *
 * @param staffId the host's opaque staff id; interactions logged with this {@code staffId} are his
 * @param active  false once he has left (his book should then be transferred)
 */
public record AccountManager(AccountManagerId id, long version, String staffId, String name, BranchId branchId,
        Grade grade, boolean active, Instant createdAt, Instant updatedAt) {
    public AccountManager {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Validator.start().requireText(staffId, "staffId", 64).requireText(name, "name", 200)
                .require(branchId, "branchId").require(grade, "grade").validate();
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }

    public AccountManager withGrade(Grade newGrade, Instant now) {
        return new AccountManager(id, version + 1, staffId, name, branchId, newGrade, active, createdAt, now);
    }

    public AccountManager withActive(boolean nowActive, Instant now) {
        return new AccountManager(id, version + 1, staffId, name, branchId, grade, nowActive, createdAt, now);
    }

    @Override
    public String toString() {
        return "AccountManager[" + id + " " + grade + "]";
    }
}
