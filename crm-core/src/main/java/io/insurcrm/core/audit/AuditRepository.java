package io.insurcrm.core.audit;

import io.insurcrm.core.customer.CustomerId;
import java.util.List;

/**
 * Port: the append-only audit trail. {@link #append} runs inside the caller's transaction and
 * serialises appenders (the store locks the chain head), so concurrent writers cannot fork the
 * chain and an entry exists exactly when the audited write committed.
 *
 * <p>Reads in clear are {@linkplain #stage staged} instead: one insert in the reader's transaction
 * and no lock, so readers do not queue on the chain head. Staged records are linked into the chain
 * ({@link #seal}) before every append, before {@link #byCustomer}, {@link #byActor} and
 * {@link #verify} answer, and by the store every few hundred staged records; the chain order is
 * the sealing order.
 */
public interface AuditRepository {

    /** Links and stores the records after the current head, in order. */
    List<AuditEntry> append(List<AuditRecord> records);

    /**
     * Records reads in clear in the caller's transaction, without locking the chain: they commit
     * (or roll back) with the read, and are linked into the chain later, in the order sealed.
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
