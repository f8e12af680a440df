package io.insurcrm.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.audit.AuditEntry;
import io.insurcrm.core.audit.AuditRecord;
import io.insurcrm.core.audit.AuditVerification;
import io.insurcrm.core.common.StoreException;
import io.insurcrm.core.common.UuidV7Generator;
import io.insurcrm.core.customer.CustomerId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads in clear kept in memory and written behind by the sealer (the embedded H2 store's mode):
 * nothing written by the reader, sealed in order by the next seal; written into the staging table by
 * the sealer after {@link JooqAuditRepository#SEAL_EVERY} reads or the delay, then sealed when the
 * reads pause; sealed on close; put back when the writing or sealing transaction rolls back; reads
 * in clear refused while the trail cannot be written. On a real H2 file database with the store's
 * migrations, checked with raw JDBC.
 */
class KeptReadsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneOffset.UTC);
    private static final CustomerId CUSTOMER = new CustomerId(UUID.fromString("01890000-0000-7000-8000-000000000001"));

    private JdbcDataSource dataSource;
    private org.jooq.DSLContext dsl;
    private JooqTransactionRunner tx;
    private AuditSealer sealer;
    private JooqAuditRepository audit;

    @BeforeEach
    void open() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "kept-reads");
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("insurcrm") + ";DB_CLOSE_DELAY=-1");
        Migrations.migrate(dataSource);
        dsl = Dsl.create(dataSource, SQLDialect.H2, 100);
        tx = new JooqTransactionRunner(dsl);
        openRepository(60_000); // no deferred seal runs during a test
    }

    private void openRepository(long writeBehindMillis) {
        sealer = new AuditSealer(writeBehindMillis);
        audit = new JooqAuditRepository(dsl, tx, new UuidV7Generator(CLOCK), sealer);
    }

    @AfterEach
    void close() throws SQLException {
        sealer.close();
        execute("SHUTDOWN");
    }

    @Test
    void keptReadsAreNotWrittenByTheReaderAndTheNextSealLinksThemInOrder() throws SQLException {
        tx.run(() -> audit.stage(List.of(read("a"), read("b"))));
        audit.stage(List.of(read("c")));
        assertEquals(0, count("audit_entry"));
        assertEquals(0, count("audit_pending"));

        assertEquals(3, audit.seal());
        List<AuditEntry> entries = audit.byCustomer(CUSTOMER);
        assertEquals(List.of("a", "b", "c"), entries.stream().map(AuditEntry::actorId).toList());
        assertEquals(List.of(1L, 2L, 3L), entries.stream().map(AuditEntry::seq).toList());
        assertEquals(AuditVerification.ok(3), audit.verify());
        assertEquals(0, audit.seal());
    }

    @Test
    void anAppendLinksTheKeptReadsBeforeItsOwnEntry() {
        audit.stage(List.of(read("reader")));
        tx.run(() -> audit.append(List.of(new AuditRecord(CLOCK.instant(), "writer", "ADMIN", "test", "UPDATE",
                CUSTOMER, List.of("MOBILE")))));
        assertEquals(List.of("reader", "writer"), audit.byCustomer(CUSTOMER).stream().map(AuditEntry::actorId).toList());
    }

    @Test
    void aSealThatRollsBackPutsTheReadsBackAndTheNextReadWritesThemFirst() throws SQLException {
        audit.stage(List.of(read("a"), read("b")));
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> tx.run(() -> {
            assertEquals(2, audit.seal());
            throw new IllegalStateException("the unit of work fails after the seal");
        }));
        assertEquals("the unit of work fails after the seal", failure.getMessage());
        assertEquals(0, count("audit_entry"));

        audit.stage(List.of(read("c"))); // writes a and b into the staging table first, then keeps c
        assertEquals(2, count("audit_pending"));
        assertEquals(0, count("audit_entry"));
        assertEquals(3, audit.seal());
        assertEquals(List.of("a", "b", "c"), audit.byCustomer(CUSTOMER).stream().map(AuditEntry::actorId).toList());
        assertEquals(AuditVerification.ok(3), audit.verify());
    }

    @Test
    void whileTheTrailCannotBeWrittenReadsInClearFailAndAreNotKept() throws SQLException {
        audit.stage(List.of(read("a")));
        // neither the chain nor the staging table takes a row
        execute("ALTER TABLE audit_entry RENAME TO audit_entry_away");
        execute("ALTER TABLE audit_pending ADD CONSTRAINT ck_nothing CHECK (id IS NULL)");
        assertThrows(StoreException.class, () -> audit.seal());
        StoreException refused = assertThrows(StoreException.class, () -> audit.stage(List.of(read("refused"))));
        assertTrue(!refused.getMessage().contains("refused"), refused.getMessage());

        execute("ALTER TABLE audit_entry_away RENAME TO audit_entry");
        execute("ALTER TABLE audit_pending DROP CONSTRAINT ck_nothing");
        audit.stage(List.of(read("b")));
        assertEquals(1, count("audit_pending"), "a, written by the read after the trail came back");
        assertEquals(0, count("audit_entry"));
        audit.seal();
        assertEquals(List.of("a", "b"), audit.byCustomer(CUSTOMER).stream().map(AuditEntry::actorId).toList());
        assertEquals(AuditVerification.ok(2), audit.verify());
    }

    @Test
    void theSealerWritesThemAfterSealEveryReadsAfterTheDelayAndOnClose() throws Exception {
        List<AuditRecord> batch = new ArrayList<>();
        IntStream.range(0, JooqAuditRepository.SEAL_EVERY).forEach(i -> batch.add(read("r" + i)));
        audit.stage(batch); // asks the sealer thread to write them now; it seals them once the reads pause
        awaitCount("audit_entry", JooqAuditRepository.SEAL_EVERY);

        audit.stage(List.of(read("last")));
        sealer.close(); // the last seal runs on close
        assertEquals(JooqAuditRepository.SEAL_EVERY + 1, count("audit_entry"));

        openRepository(20); // a deferred seal 20 ms after the first kept read
        audit.stage(List.of(read("late")));
        awaitCount("audit_entry", JooqAuditRepository.SEAL_EVERY + 2);
        assertEquals(AuditVerification.ok(JooqAuditRepository.SEAL_EVERY + 2), audit.verify());
    }

    @Test
    void readersThatOutrunTheSealerWriteThemThemselves() throws SQLException {
        openRepositoryWithClosedSealer(); // no sealer thread: only the readers write
        for (int i = 0; i < JooqAuditRepository.KEEP_AT_MOST - 1; i++) {
            audit.stage(List.of(read("r" + i)));
        }
        assertEquals(0, count("audit_pending"));
        audit.stage(List.of(read("over")));
        assertEquals(JooqAuditRepository.KEEP_AT_MOST, count("audit_pending"));
        assertEquals(0, count("audit_entry"));
    }

    private void openRepositoryWithClosedSealer() {
        sealer.close();
        sealer = new AuditSealer(60_000);
        sealer.close();
        audit = new JooqAuditRepository(dsl, tx, new UuidV7Generator(CLOCK), sealer);
    }

    private static AuditRecord read(String actor) {
        return new AuditRecord(CLOCK.instant(), actor, "AGENT", "test", "READ", CUSTOMER, List.of("NAME", "MOBILE"));
    }

    /** Polls the table until it holds {@code expected} rows; fails after 10 seconds. */
    private void awaitCount(String table, long expected) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        long rows = count(table);
        while (rows != expected && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
            rows = count(table);
        }
        assertEquals(expected, rows, table);
    }

    private long count(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
