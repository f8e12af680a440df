package io.insurcrm.core.application;

import io.insurcrm.core.access.Actor;
import io.insurcrm.core.audit.AuditEntry;
import io.insurcrm.core.audit.AuditVerification;
import io.insurcrm.core.customer.CustomerId;
import java.util.List;

/**
 * The audit trail: every write and every read of personal data in clear, who, when, from which
 * channel, which customer and which fields (names, never values). Append-only and hash-chained.
 * Every method requires {@link io.insurcrm.core.access.Action#AUDIT}.
 */
public interface AuditService {

    /** Entries about one customer, oldest first. */
    List<AuditEntry> byCustomer(Actor actor, CustomerId customerId);

    /** Entries made by one user, oldest first. */
    List<AuditEntry> byActor(Actor actor, String userId);

    /** Recomputes the whole chain: OK, or the sequence number of the first broken link. */
    AuditVerification verify(Actor actor);
}
