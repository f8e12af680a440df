package io.insurcrm.core.audit;

import io.insurcrm.core.customer.CustomerId;
import java.util.List;

/**
 * Port: the append-only audit trail. {@link #append} runs inside the caller's transaction and
 * serialises appenders (the store locks the chain head), so concurrent writers cannot fork the
 * chain and an entry exists exactly when the audited write committed.
 */
public interface AuditRepository {

    /** Links and stores the records after the current head, in order. */
    List<AuditEntry> append(List<AuditRecord> records);

    /** Oldest first. */
    List<AuditEntry> byCustomer(CustomerId customerId);

    /** Oldest first. */
    List<AuditEntry> byActor(String actorId);

    /** Streams the whole chain in sequence order through a verifier and checks the stored head. */
    AuditVerification verify();
}
