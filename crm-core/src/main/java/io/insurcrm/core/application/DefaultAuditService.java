package io.insurcrm.core.application;

import io.insurcrm.core.access.Action;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.audit.AuditEntry;
import io.insurcrm.core.audit.AuditRepository;
import io.insurcrm.core.audit.AuditVerification;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.transaction.TransactionRunner;
import jakarta.inject.Inject;
import java.util.List;

final class DefaultAuditService implements AuditService {
    private final AuditRepository audit;
    private final TransactionRunner tx;
    private final AccessGuard guard;

    @Inject
    DefaultAuditService(AuditRepository audit, TransactionRunner tx, AccessGuard guard) {
        this.audit = audit;
        this.tx = tx;
        this.guard = guard;
    }

    @Override
    public List<AuditEntry> byCustomer(Actor actor, CustomerId customerId) {
        guard.require(actor, Action.AUDIT);
        return tx.inTransaction(() -> audit.byCustomer(customerId));
    }

    @Override
    public List<AuditEntry> byActor(Actor actor, String userId) {
        guard.require(actor, Action.AUDIT);
        return tx.inTransaction(() -> audit.byActor(userId));
    }

    @Override
    public AuditVerification verify(Actor actor) {
        guard.require(actor, Action.AUDIT);
        return tx.inTransaction(audit::verify);
    }
}
