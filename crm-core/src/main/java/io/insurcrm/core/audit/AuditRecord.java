package io.insurcrm.core.audit;

import io.insurcrm.core.customer.CustomerId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What is to be appended to the audit trail; the store gives it its sequence number and hashes.
 * The instant is truncated to microseconds, the precision both databases keep, so the hash of an
 * entry read back equals the hash computed when it was written.
 */
public record AuditRecord(Instant at, String actorId, String role, String channel, String action,
        CustomerId customerId, List<String> fields) {
    public AuditRecord {
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(action, "action");
        fields = List.copyOf(fields);
    }
}
