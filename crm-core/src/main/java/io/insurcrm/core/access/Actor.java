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
 * @param channel   where the call comes from, as recorded in the audit trail (e.g. {@code "api"},
 *                  {@code "branch-counter"}, {@code "call-centre"}); {@value #DEFAULT_CHANNEL} by default
 */
public record Actor(String userId, Role role, BranchId branchId, int clearance, String channel) {
    public static final int MAX_CLEARANCE = 9;
    public static final String DEFAULT_CHANNEL = "api";

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        channel = channel == null ? DEFAULT_CHANNEL : channel.strip();
        if (channel.isEmpty() || channel.length() > 40) {
            throw new IllegalArgumentException("channel must be 1 to 40 characters");
        }
        if (userId.isBlank() || userId.length() > 64) {
            throw new IllegalArgumentException("userId must be 1 to 64 characters");
        }
        if (clearance < 0 || clearance > MAX_CLEARANCE) {
            throw new IllegalArgumentException("clearance must be 0.." + MAX_CLEARANCE);
        }
    }

    /** An actor calling through the default channel {@value #DEFAULT_CHANNEL}. */
    public Actor(String userId, Role role, BranchId branchId, int clearance) {
        this(userId, role, branchId, clearance, DEFAULT_CHANNEL);
    }

    /** The same actor calling from another channel. */
    public Actor withChannel(String newChannel) {
        return new Actor(userId, role, branchId, clearance, newChannel);
    }

    /** The host application itself, e.g. a nightly import: whole company, full clearance. */
    public static Actor system(String userId) {
        return new Actor(userId, Role.SYSTEM, null, MAX_CLEARANCE);
    }
}
