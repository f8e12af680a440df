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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;

/**
 * The audit trail on {@code audit_entry}, serialised through the one-row {@code audit_head} locked
 * {@code FOR UPDATE} in the caller's transaction: concurrent appenders queue on that row, so the
 * chain never forks and sequence numbers have no gaps. Reads in clear are staged in
 * {@code audit_pending} without the lock (a staged read commits with the read, sealed or not) and
 * sealed into the chain under it: before every append, audit query and verification, when the store
 * closes, and by the store's {@link AuditSealer} thread. That thread seals when the reads in clear
 * pause for {@link #QUIET_MILLIS}, and while they do not, at the latest {@link #SEAL_WITHIN_MILLIS}
 * after the first unsealed one or once {@link #SEAL_AT_MOST} are staged. So no reader pays for a
 * seal, and none waits on one either: on two cores a seal running beside the reads (its thread and
 * its server process) cost the reads around it about a millisecond each, and sealing every 256
 * staged reads put the 360° view's p99 on PostgreSQL at 2.3–3.7 times the baseline's in the macro
 * benchmark. An append that comes while reads are staged seals them in its own transaction first
 * (at most {@link #SEAL_AT_MOST}).
 *
 * <p><b>Kept reads (write-behind).</b> Where the sealer has a write-behind delay (the embedded H2
 * store, whose own commits reach the disk only after its {@code WRITE_DELAY}; see
 * {@code JooqStore}), a read in clear is not staged by its reader at all: it is kept in memory,
 * in order, and the sealer thread writes the kept reads into {@code audit_pending} after
 * {@link #SEAL_EVERY} records or the delay, whichever comes first, to be sealed like any staged
 * read when the reads pause. Any append, query or verification seals the kept reads straight into
 * the chain before it runs, and so does the store's close. A write or seal whose transaction rolls
 * back puts what it took back in front; after that, the next read in clear writes them first in its
 * own transaction and fails with the store's error if the trail still cannot be written, so reads in
 * clear stop while the trail is broken. Readers that outrun the sealer by {@link #KEEP_AT_MOST}
 * records write them themselves. Until the eleventh performance round the sealer thread sealed the
 * kept reads straight into the chain every {@link #SEAL_EVERY}, among the lookups: in six
 * alternated pairs of macro-benchmark runs the 360° view's p99 on H2 was 1.38–2.13 times the
 * baseline's that way, 1.17–1.42 times with the kept reads written into the staging table.
 *
 * <p><b>The staging table on PostgreSQL.</b> Every seal deletes what it sealed, so under a steady
 * stream of reads in clear {@code audit_pending} is a queue that takes thousands of inserts and
 * deletes a minute. Autovacuum visits it at most once a minute (by default; never where it is off),
 * and until it does the dead rows stay in the table and every seal's scan reads them: after
 * 20 seconds of lookups in the macro benchmark the table held 29,000 dead rows (5 MB) for about
 * 1,400 live ones. So once {@link #VACUUM_EVERY} staged records have been sealed since the last
 * vacuum, the sealer thread vacuums the table itself after its next seal that seals any (outside any
 * transaction; a role that may not vacuum it gets the server's warning and nothing else).
 */
final class JooqAuditRepository implements AuditRepository {
    private static final int HEAD = 1;
    /** Kept reads (write-behind) between two background writes asked for by the readers of this store. */
    static final int SEAL_EVERY = 256;
    /**
     * A pause in the reads in clear this long, and the sealer thread seals what they staged: longer
     * than a stall (a collection, the scheduler of a loaded machine: up to about 60 ms on two cores
     * in the macro benchmark), so that a stall in a stream of reads does not start a seal among them.
     */
    static final long QUIET_MILLIS = 200;
    /** Without a pause, the sealer thread seals staged reads at the latest this long after the first. */
    static final long SEAL_WITHIN_MILLIS = 10_000;
    /** Without a pause, the sealer thread seals once this many reads are staged since the last seal. */
    static final int SEAL_AT_MOST = 64 * SEAL_EVERY;
    /** Kept reads at which a reader stops leaving their writing to the sealer thread and writes them itself. */
    static final int KEEP_AT_MOST = 4 * SEAL_EVERY;
    /** PostgreSQL: staged records sealed between two vacuums of {@code audit_pending} by the sealer thread. */
    static final int VACUUM_EVERY = 32 * SEAL_EVERY;
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
    private final boolean postgres;
    /** Staged records sealed (deleted from {@code audit_pending}) since its last vacuum, on PostgreSQL. */
    private final AtomicInteger sealedSinceVacuum = new AtomicInteger();
    private final BoundConnections connections;
    /** Reads in clear not yet sealed, in the order read; null where each reader stages its own. */
    private final KeptReads kept;
    /** Set when a seal that took kept reads rolled back; cleared by the next seal that succeeds. */
    private volatile boolean keptFailed;

    @Inject
    JooqAuditRepository(DSLContext dsl, TransactionRunner tx, IdGenerator ids, AuditSealer sealer) {
        this.dsl = dsl;
        this.tx = tx;
        this.ids = ids;
        this.sealer = sealer;
        this.connections = (BoundConnections) dsl.configuration().connectionProvider();
        this.postgres = dsl.dialect().family() == SQLDialect.POSTGRES;
        if (sealer.writeBehindMillis() > 0) {
            this.kept = new KeptReads();
            sealer.finallyRun(this::sealKept);
        } else {
            this.kept = null;
            sealer.finallyRun(this::seal);
        }
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
        if (kept != null) {
            keep(records);
            return;
        }
        tx.run(() -> {
            insertStaged(records);
            staged(records.size());
        });
    }

    /** Inserts the records into {@code audit_pending}, in order, in one statement. */
    private void insertStaged(List<AuditRecord> records) {
        List<Object[]> rows = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            rows.add(stagingRow(r));
        }
        PlainSql.update(dsl, STAGE, rows);
    }

    /**
     * The bind values of {@link #STAGING_COLUMNS} for one staged record, with a new id: for a caller
     * that inserts them into {@code audit_pending} in its own statement, then calls {@link #staged}.
     */
    Object[] stagingRow(AuditRecord r) {
        return new Object[] {ids.next(), Columns.timestamp(r.at()), r.actorId(), r.role(), r.channel(),
            r.action(), r.customerId() == null ? null : r.customerId().value(), fieldNames(r.fields())};
    }

    /**
     * Counts {@code count} records just staged and asks the sealer for a seal: at once after
     * {@link #SEAL_AT_MOST}, else when the reads pause (see the class comment).
     */
    void staged(int count) {
        // either way the seal runs on the sealer's thread, in its own transaction
        if (stagedSinceSeal.addAndGet(count) >= SEAL_AT_MOST) {
            stagedSinceSeal.set(0);
            sealer.request(this::sealStaged);
        } else {
            sealer.requestWhenQuiet(QUIET_MILLIS, SEAL_WITHIN_MILLIS, this::sealStaged);
        }
    }

    /**
     * The sealer thread's seal of staged records; on PostgreSQL, if it sealed any, then the vacuum of
     * the staging table when it is due (see the class comment). A seal that finds nothing leaves the
     * database alone, so work deferred to a pause ends with the work.
     */
    void sealStaged() {
        if (seal() > 0 && postgres && sealedSinceVacuum.get() >= VACUUM_EVERY) {
            sealedSinceVacuum.set(0);
            dsl.execute("VACUUM audit_pending");
        }
    }

    /** Keeps reads in clear in memory for the sealer (write-behind; see the class comment). */
    private void keep(List<AuditRecord> records) {
        if (keptFailed) {
            writeKept(); // throws while the trail cannot be written: the read fails, and is not kept
        }
        int size = kept.add(records);
        if (size >= KEEP_AT_MOST) {
            writeKept();
        } else if (size >= SEAL_EVERY) {
            sealer.request(this::writeKept);
        } else if (size == records.size()) { // the first since the last write
            sealer.requestWithin(sealer.writeBehindMillis(), this::writeKept);
        }
    }

    /**
     * Writes the kept reads into {@code audit_pending} in one transaction of their own, in the
     * order read, to be sealed into the chain like any staged read (when the reads pause): a row
     * appended at the end of the staging table's one index costs the store far less than an entry
     * in the chain's, whose customer index the book's customers spread all over.
     */
    private void writeKept() {
        int written = tx.inTransaction(() -> {
            List<AuditRecord> taken = take();
            if (taken.isEmpty()) {
                return 0;
            }
            insertStaged(taken);
            return taken.size();
        });
        keptFailed = false;
        if (written > 0) {
            staged(written);
        }
    }

    private void sealKept() {
        seal();
        keptFailed = false;
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
        if (!always && (kept == null || kept.isEmpty()) && !dsl.fetchExists(AUDIT_PENDING)) {
            return 0;
        }
        Record2<Long, String> head = dsl.select(AUDIT_HEAD.LAST_SEQ, AUDIT_HEAD.LAST_HASH).from(AUDIT_HEAD)
                .where(AUDIT_HEAD.ID.eq(HEAD)).forUpdate().fetchSingle();
        // read after the lock: a sealer that held it before us has deleted what it sealed
        List<Staged> staged = PlainSql.query(dsl, PENDING, List.of(), JooqAuditRepository::staged);
        List<AuditRecord> taken = take();
        // the chain order: staged rows, then kept reads, then the caller's own records
        List<AuditRecord> chain = new ArrayList<>(staged.size() + taken.size() + records.size());
        List<UUID> sealed = new ArrayList<>(staged.size());
        for (Staged p : staged) {
            chain.add(p.record());
            sealed.add(p.id());
        }
        chain.addAll(taken);
        int own = chain.size();
        chain.addAll(records);
        long seq = head.value1();
        String previous = head.value2();
        List<AuditEntryRecord> rows = new ArrayList<>(chain.size());
        for (int i = 0; i < chain.size(); i++) {
            AuditEntry e = AuditChain.link(++seq, previous, chain.get(i));
            previous = e.hash();
            rows.add(toRecord(e));
            if (i >= own) {
                appended.add(e);
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        Batches.insert(dsl, AUDIT_ENTRY, rows);
        // the ids bound as one array: fixed text, not an IN list of a new length (a new parse) per seal
        Batches.deleteIn(dsl, AUDIT_PENDING, AUDIT_PENDING.ID, sealed);
        // counted before commit: at worst a vacuum comes early, or a forced seal late
        sealedSinceVacuum.addAndGet(sealed.size());
        stagedSinceSeal.updateAndGet(n -> Math.max(0, n - sealed.size()));
        dsl.update(AUDIT_HEAD).set(AUDIT_HEAD.LAST_SEQ, seq).set(AUDIT_HEAD.LAST_HASH, previous)
                .where(AUDIT_HEAD.ID.eq(HEAD)).execute();
        return sealed.size() + taken.size();
    }

    /**
     * Under the head lock: takes every kept read, to be put back in front if the transaction that
     * links them rolls back (then the next read in clear seals first; see {@link #keep}).
     */
    private List<AuditRecord> take() {
        if (kept == null) {
            return List.of();
        }
        List<AuditRecord> taken = kept.drain();
        if (!taken.isEmpty()) {
            connections.onRollback(() -> {
                kept.restore(taken);
                keptFailed = true;
            });
        }
        return taken;
    }

    /** Reads in clear kept in memory until sealed, in the order read. */
    private static final class KeptReads {
        private final ArrayDeque<AuditRecord> records = new ArrayDeque<>();

        /** Adds in order; returns how many are kept now. */
        synchronized int add(List<AuditRecord> more) {
            records.addAll(more);
            return records.size();
        }

        synchronized boolean isEmpty() {
            return records.isEmpty();
        }

        synchronized List<AuditRecord> drain() {
            if (records.isEmpty()) {
                return List.of();
            }
            List<AuditRecord> all = new ArrayList<>(records);
            records.clear();
            return all;
        }

        /** Puts records taken by {@link #drain} back in front of any kept since, in their order. */
        synchronized void restore(List<AuditRecord> taken) {
            for (int i = taken.size() - 1; i >= 0; i--) {
                records.addFirst(taken.get(i));
            }
        }
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
            // under the head lock: no seal commits while the chain is read (one that did, between
            // reading the chain and the head, made a sound chain look broken), so an entry past the
            // head is a forged one
            Record2<Long, String> head = dsl.select(AUDIT_HEAD.LAST_SEQ, AUDIT_HEAD.LAST_HASH).from(AUDIT_HEAD)
                    .where(AUDIT_HEAD.ID.eq(HEAD)).forUpdate().fetchSingle();
            AuditChain.Verifier verifier = new AuditChain.Verifier();
            try (Cursor<AuditEntryRecord> rows = dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ).fetchLazy()) {
                for (AuditEntryRecord r : rows) {
                    if (!verifier.accept(toEntry(r))) {
                        break;
                    }
                }
            }
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
