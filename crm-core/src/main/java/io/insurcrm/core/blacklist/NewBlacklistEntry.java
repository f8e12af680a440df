package io.insurcrm.core.blacklist;

import io.insurcrm.core.organisation.BranchId;
import java.time.Instant;

/**
 * The command to blacklist someone.
 *
 * @param scopeBranchId {@code null} for the whole company
 * @param startsAt      {@code null}: now
 * @param expiresAt     {@code null}: never
 */
public record NewBlacklistEntry(PersonKey person, String reasonCode, String reason, BranchId scopeBranchId,
        Instant startsAt, Instant expiresAt) {
}
