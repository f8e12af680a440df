package io.insurcrm.storage.internal;

import static io.insurcrm.storage.internal.jooq.Tables.AUDIT_ENTRY;
import static io.insurcrm.storage.internal.jooq.Tables.AUDIT_HEAD;
import static io.insurcrm.storage.internal.jooq.Tables.AUDIT_PENDING;

import io.insurcrm.core.audit.AuditChain;
import io.insurcrm.core.audit.AuditEntry;
import io.insurcrm.core.audit.AuditRecord;
import io.insurcrm.core.audit.AuditRepository;
import io.insurcrm.core.audit.AuditVerification;
import io.insurcrm.core.common.IdGenerator;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.core.transaction.TransactionRunner;
import io.insurcrm.storage.internal.jooq.tables.records.AuditEntryRecord;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * The audit trail on {@code audit_entry}, serialised through the one-row {@code audit_head} locked
 * {@code FOR UPDATE} in the caller's transaction: concurrent appenders queue on that row, so the
 * chain never forks and sequence numbers have no gaps. Reads in clear are staged in
 * {@code audit_pending} without the lock and sealed into the chain under it: before every append,
 * audit query and verification, and by the store's {@link AuditSealer} thread after every
 * {@link #SEAL_EVERY} staged records (so the table stays small and the unsealed window short,
 * without any reader paying for a seal).
 */
final class JooqAuditRepository implements AuditRepository {
    private static final int HEAD = 1;
    /** Staged records between two background seals asked for by the stagers of this store. */
    static final int SEAL_EVERY = 256;
    /** The insert of a staged read, as fixed text (the hot statement of every read in clear). */
    static final String STAGING_COLUMNS = "audit_pending (id, recorded_at, actor_id, actor_role, channel,"
            + " action_name, customer_id, field_names)";
    /** Placeholders for one row of {@link #STAGING_COLUMNS}. */
    static final String STAGING_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String STAGE = "INSERT INTO " + STAGING_COLUMNS + " VALUES " + STAGING_VALUES;

    /** The staged records in id order, as fixed text (read by every seal). */
    private static final String PENDING = "SELECT id, recorded_at, actor_id, actor_role, channel, action_name,"
            + " customer_id, field_names FROM audit_pending ORDER BY id";

    private final DSLContext dsl;
    private final TransactionRunner tx;
    private final IdGenerator ids;
    private final AuditSealer sealer;
    private final AtomicInteger stagedSinceSeal = new AtomicInteger();

    @Inject
    JooqAuditRepository(DSLContext dsl, TransactionRunner tx, IdGenerator ids, AuditSealer sealer) {
        this.dsl = dsl;
        this.tx = tx;
        this.ids = ids;
        this.sealer = sealer;
    }

    @Override
    public List<AuditEntry> append(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        return tx.inTransaction(() -> {
            List<AuditEntry> entries = new ArrayList<>(records.size());
            link(true, records, entries);
            return entries;
        });
    }

    @Override
    public void stage(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        tx.run(() -> {
            List<Object[]> rows = new ArrayList<>(records.size());
            for (AuditRecord r : records) {
                rows.add(stagingRow(r));
            }
            PlainSql.update(dsl, STAGE, rows);
            staged(records.size());
        });
    }

    /**
     * The bind values of {@link #STAGING_COLUMNS} for one staged record, with a new id: for a caller
     * that inserts them into {@code audit_pending} in its own statement, then calls {@link #staged}.
     */
    Object[] stagingRow(AuditRecord r) {
        return new Object[] {ids.next(), Columns.timestamp(r.at()), r.actorId(), r.role(), r.channel(),
            r.action(), r.customerId() == null ? null : r.customerId().value(), fieldNames(r.fields())};
    }

    /** Counts {@code count} records just staged; asks the sealer for a seal every {@link #SEAL_EVERY}. */
    void staged(int count) {
        if (stagedSinceSeal.addAndGet(count) >= SEAL_EVERY) {
            stagedSinceSeal.set(0);
            sealer.request(this::seal); // on the sealer's thread, in its own transaction
        }
    }

    @Override
    public int seal() {
        return tx.inTransaction(() -> link(false, List.of(), new ArrayList<>()));
    }

    /**
     * Under the head lock: links the staged records, then {@code records}, after the head, moves the
     * head and deletes the sealed records from staging. With {@code always} false and nothing staged
     * the head is left alone. Returns how many staged records were sealed.
     */
    private int link(boolean always, List<AuditRecord> records, List<AuditEntry> appended) {
        if (!always && !dsl.fetchExists(AUDIT_PENDING)) {
            return 0;
        }
        Record2<Long, String> head = dsl.select(AUDIT_HEAD.LAST_SEQ, AUDIT_HEAD.LAST_HASH).from(AUDIT_HEAD)
                .where(AUDIT_HEAD.ID.eq(HEAD)).forUpdate().fetchSingle();
        // read after the lock: a sealer that held it before us has deleted what it sealed
        List<Staged> staged = PlainSql.query(dsl, PENDING, List.of(), JooqAuditRepository::staged);
        long seq = head.value1();
        String previous = head.value2();
        List<AuditEntryRecord> rows = new ArrayList<>(staged.size() + records.size());
        List<UUID> sealed = new ArrayList<>(staged.size());
        for (Staged p : staged) {
            AuditEntry e = AuditChain.link(++seq, previous, p.record());
            previous = e.hash();
            rows.add(toRecord(e));
            sealed.add(p.id());
        }
        for (AuditRecord r : records) {
            AuditEntry e = AuditChain.link(++seq, previous, r);
            previous = e.hash();
            appended.add(e);
            rows.add(toRecord(e));
        }
        if (rows.isEmpty()) {
            return 0;
        }
        Batches.insert(dsl, AUDIT_ENTRY, rows);
        // the ids bound as one array: fixed text, not an IN list of a new length (a new parse) per seal
        Batches.deleteIn(dsl, AUDIT_PENDING, AUDIT_PENDING.ID, sealed);
        dsl.update(AUDIT_HEAD).set(AUDIT_HEAD.LAST_SEQ, seq).set(AUDIT_HEAD.LAST_HASH, previous)
                .where(AUDIT_HEAD.ID.eq(HEAD)).execute();
        return sealed.size();
    }

    /** A staged record and its staging id. */
    private record Staged(UUID id, AuditRecord record) {
    }

    private static List<Staged> staged(ResultSet rs) throws SQLException {
        List<Staged> out = new ArrayList<>();
        while (rs.next()) {
            UUID customer = rs.getObject(7, UUID.class);
            out.add(new Staged(rs.getObject(1, UUID.class), new AuditRecord(
                    Columns.instant(rs.getObject(2, OffsetDateTime.class)), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), customer == null ? null : new CustomerId(customer),
                    fields(rs.getString(8)))));
        }
        return out;
    }

    @Override
    public List<AuditEntry> byCustomer(CustomerId customerId) {
        seal();
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.CUSTOMER_ID.eq(customerId.value()))
                .orderBy(AUDIT_ENTRY.SEQ).fetch(JooqAuditRepository::toEntry);
    }

    @Override
    public List<AuditEntry> byActor(String actorId) {
        seal();
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTOR_ID.eq(actorId))
                .orderBy(AUDIT_ENTRY.SEQ).fetch(JooqAuditRepository::toEntry);
    }

    @Override
    public AuditVerification verify() {
        return tx.inTransaction(() -> {
            seal();
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
        AuditEntryRecord r = Batches.valuesOnly(new AuditEntryRecord());
        r.setSeq(e.seq());
        r.setRecordedAt(Columns.timestamp(e.at()));
        r.setActorId(e.actorId());
        r.setActorRole(e.role());
        r.setChannel(e.channel());
        r.setActionName(e.action());
        r.setCustomerId(e.customerId() == null ? null : e.customerId().value());
        r.setFieldNames(fieldNames(e.fields()));
        r.setPrevHash(e.previousHash());
        r.setEntryHash(e.hash());
        return r;
    }

    private static AuditEntry toEntry(AuditEntryRecord r) {
        return new AuditEntry(r.getSeq(), Columns.instant(r.getRecordedAt()), r.getActorId(), r.getActorRole(),
                r.getChannel(), r.getActionName(), r.getCustomerId() == null ? null : new CustomerId(r.getCustomerId()),
                fields(r.getFieldNames()), r.getPrevHash(), r.getEntryHash());
    }

    private static String fieldNames(List<String> fields) {
        return fields.isEmpty() ? null : String.join(",", fields);
    }

    private static List<String> fields(String names) {
        return names == null ? List.of() : Arrays.asList(names.split(","));
    }
}
