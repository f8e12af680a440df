package io.insurcrm.core.access;

import io.insurcrm.core.organisation.BranchId;
import java.util.Objects;

/**
 * Who a call acts for. Every service method takes one, so that row scope, field masking and the
 * audit trail can be applied in one place.
 *
 * @param userId    the host application's user id (not personal data: an opaque login or staff id)
 * @param role      the role played in this call
 * @param branchId  the actor's home branch, or {@code null} for head-office-wide system actors
 * @param clearance clearance grade, 0 (none) to 9 (all personal data in clear)
 */
public record Actor(String userId, Role role, BranchId branchId, int clearance) {
    public static final int MAX_CLEARANCE = 9;

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        if (userId.isBlank() || userId.length() > 64) {
            throw new IllegalArgumentException("userId must be 1 to 64 characters");
        }
        if (clearance < 0 || clearance > MAX_CLEARANCE) {
            throw new IllegalArgumentException("clearance must be 0.." + MAX_CLEARANCE);
        }
    }

    /** The host application itself, e.g. a nightly import: whole company, full clearance. */
    public static Actor system(String userId) {
        return new Actor(userId, Role.SYSTEM, null, MAX_CLEARANCE);
    }
}
