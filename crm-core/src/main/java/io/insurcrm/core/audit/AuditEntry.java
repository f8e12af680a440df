package io.insurcrm.core.audit;

import io.insurcrm.core.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One link of the audit trail: who did what to which customer, which fields (names only, never
 * values), when and from which channel, chained to the previous entry by
 * {@code hash = SHA-256(previousHash || canonical entry)} (see {@link AuditChain}).
 *
 * @param seq        1, 2, 3, ... without gaps
 * @param customerId {@code null} for actions on no single customer (e.g. an import)
 * @param fields     the names of the fields written, or read in clear
 */
public record AuditEntry(long seq, Instant at, String actorId, String role, String channel, String action,
        CustomerId customerId, List<String> fields, String previousHash, String hash) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(action, "action");
        fields = List.copyOf(fields);
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
