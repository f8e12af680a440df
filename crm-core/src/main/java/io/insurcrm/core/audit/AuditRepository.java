package io.insurcrm.core.audit;

import io.insurcrm.core.customer.CustomerId;
import java.util.List;

/**
 * Port: the append-only audit trail. {@link #append} runs inside the caller's transaction and
 * serialises appenders (the store locks the chain head), so concurrent writers cannot fork the
 * chain and an entry exists exactly when the audited write committed.
 *
 * <p>Reads in clear are {@linkplain #stage staged} instead: one insert in the reader's transaction
 * (none on the embedded store: see {@link #stage}) and no lock, so readers do not queue on the
 * chain head. Staged records are linked into the chain
 * ({@link #seal}) before every append, before {@link #byCustomer}, {@link #byActor} and
 * {@link #verify} answer, and by the store in the background when the reads pause (within
 * seconds while they do not); the chain order is the sealing order.
 */
public interface AuditRepository {

    /** Links and stores the records after the current head, in order. */
    List<AuditEntry> append(List<AuditRecord> records);

    /**
     * Records reads in clear without locking the chain, to be linked into it later, in the order
     * sealed: in the caller's transaction (they commit or roll back with the read), or, on a store
     * whose own commits are not on disk when they return (the embedded H2 store), kept in memory and
     * written by the store within a short delay, no later than its own commits are. Throws the
     * store's error, recording nothing, while the trail cannot be written.
     */
    void stage(List<AuditRecord> records);

    /** Links every staged record committed so far (and the caller's own) into the chain; returns how many. */
    int seal();

    /** Oldest first. */
    List<AuditEntry> byCustomer(CustomerId customerId);

    /** Oldest first. */
    List<AuditEntry> byActor(String actorId);

    /** Streams the whole chain in sequence order through a verifier and checks the stored head. */
    AuditVerification verify();
}
