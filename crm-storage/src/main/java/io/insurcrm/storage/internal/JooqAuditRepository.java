package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.AUDIT_ENTRY;
import static io.insurcrm.storage.internal.jooq.Tables.AUDIT_HEAD;

import io.insurcrm.core.audit.AuditChain;
import io.insurcrm.core.audit.AuditEntry;
import io.insurcrm.core.audit.AuditRecord;
import io.insurcrm.core.audit.AuditRepository;
import io.insurcrm.core.audit.AuditVerification;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.storage.internal.jooq.tables.records.AuditEntryRecord;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * The audit trail on {@code audit_entry}, serialised through the one-row {@code audit_head} locked
 * {@code FOR UPDATE} in the caller's transaction: concurrent appenders queue on that row, so the
 * chain never forks and sequence numbers have no gaps.
 */
final class JooqAuditRepository implements AuditRepository {
    private static final int HEAD = 1;

    private final DSLContext dsl;
    private final TransactionRunner tx;

    @Inject
    JooqAuditRepository(DSLContext dsl, TransactionRunner tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    @Override
    public List<AuditEntry> append(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        return tx.inTransaction(() -> {
            Record2<Long, String> head = dsl.select(AUDIT_HEAD.LAST_SEQ, AUDIT_HEAD.LAST_HASH).from(AUDIT_HEAD)
                    .where(AUDIT_HEAD.ID.eq(HEAD)).forUpdate().fetchSingle();
            long seq = head.value1();
            String previous = head.value2();
            List<AuditEntry> entries = new ArrayList<>(records.size());
            List<AuditEntryRecord> rows = new ArrayList<>(records.size());
            for (AuditRecord r : records) {
                AuditEntry e = AuditChain.link(++seq, previous, r);
                previous = e.hash();
                entries.add(e);
                rows.add(toRecord(e));
            }
            Batches.insert(dsl, AUDIT_ENTRY, rows);
            dsl.update(AUDIT_HEAD).set(AUDIT_HEAD.LAST_SEQ, seq).set(AUDIT_HEAD.LAST_HASH, previous)
                    .where(AUDIT_HEAD.ID.eq(HEAD)).execute();
            return entries;
        });
    }

    @Override
    public List<AuditEntry> byCustomer(CustomerId customerId) {
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.CUSTOMER_ID.eq(customerId.value()))
                .orderBy(AUDIT_ENTRY.SEQ).fetch(JooqAuditRepository::toEntry);
    }

    @Override
    public List<AuditEntry> byActor(String actorId) {
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTOR_ID.eq(actorId))
                .orderBy(AUDIT_ENTRY.SEQ).fetch(JooqAuditRepository::toEntry);
    }

    @Override
    public AuditVerification verify() {
        return tx.inTransaction(() -> {
            AuditChain.Verifier verifier = new AuditChain.Verifier();
            try (Cursor<AuditEntryRecord> rows = dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ).fetchLazy()) {
                for (AuditEntryRecord r : rows) {
                    if (!verifier.accept(toEntry(r))) {
                        break;
                    }
                }
            }
            Record2<Long, String> head = dsl.select(AUDIT_HEAD.LAST_SEQ, AUDIT_HEAD.LAST_HASH).from(AUDIT_HEAD)
                    .where(AUDIT_HEAD.ID.eq(HEAD)).fetchSingle();
            return verifier.result(head.value1(), head.value2());
        });
    }

    private static AuditEntryRecord toRecord(AuditEntry e) {
        AuditEntryRecord r = new AuditEntryRecord();
        r.setSeq(e.seq());
        r.setRecordedAt(Columns.timestamp(e.at()));
        r.setActorId(e.actorId());
        r.setActorRole(e.role());
        r.setChannel(e.channel());
        r.setActionName(e.action());
        r.setCustomerId(e.customerId() == null ? null : e.customerId().value());
        r.setFieldNames(e.fields().isEmpty() ? null : String.join(",", e.fields()));
        r.setPrevHash(e.previousHash());
        r.setEntryHash(e.hash());
        return r;
    }

    private static AuditEntry toEntry(AuditEntryRecord r) {
        return new AuditEntry(r.getSeq(), Columns.instant(r.getRecordedAt()), r.getActorId(), r.getActorRole(),
                r.getChannel(), r.getActionName(), r.getCustomerId() == null ? null : new CustomerId(r.getCustomerId()),
                r.getFieldNames() == null ? List.of() : Arrays.asList(r.getFieldNames().split(",")),
                r.getPrevHash(), r.getEntryHash());
    }
}
