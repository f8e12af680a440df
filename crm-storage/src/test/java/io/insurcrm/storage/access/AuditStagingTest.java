package io.insurcrm.storage.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.audit.AuditEntry;
import io.insurcrm.core.audit.AuditVerification;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * Reads in clear are staged (one row in {@code audit_pending}, no chain lock) and sealed into the
 * hash chain: by the next write, by every audit query and verification, by the store's background
 * sealer when the reads pause, and when the store closes. Checked on the tables with raw JDBC. A
 * read is either still staged or already sealed by the background sealer, depending on how long the
 * test's thread took, so the staged reads are counted in both tables.
 */
class AuditStagingTest {
    private static final Actor SYSTEM = AuditTrailTest.SYSTEM;
    private static final Actor AUDITOR = AuditTrailTest.AUDITOR;

    @StoreTest
    void aViewStagesOneEntryThatTheNextWriteSealsBeforeItsOwn(StoreKind kind) throws SQLException {
        DataSource ds = TestStores.freshDataSource(kind);
        try (InsurCrm crm = InsurCrm.builder().dataSource(ds, null).clock(AuditTrailTest.CLOCK).build()) {
            Branch ho = crm.branches().create(SYSTEM, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
            Customer first = crm.customers().create(SYSTEM, People.profile(1), ho.id()); // seq 1
            crm.views().find(SYSTEM, People.nationalId(1));
            crm.views().find(SYSTEM, People.mobile(1));
            assertEquals(1 + 2, count(ds, "audit_entry") + count(ds, "audit_pending"),
                    "one entry per view (card and household together)");

            crm.customers().create(SYSTEM, People.profile(2), ho.id()); // seals 2 and 3, then is 4
            assertEquals(0, count(ds, "audit_pending"));
            List<AuditEntry> mine = crm.audit().byActor(AUDITOR, SYSTEM.userId());
            assertEquals(List.of(1L, 2L, 3L, 4L), mine.stream().map(AuditEntry::seq).toList());
            assertEquals(List.of("CREATE", "READ", "READ", "CREATE"), mine.stream().map(AuditEntry::action).toList());
            assertEquals(first.id(), mine.get(1).customerId());
            assertTrue(mine.get(1).fields().containsAll(List.of("NAME", "NATIONAL_ID", "MOBILE")),
                    mine.get(1).fields().toString());
            assertEquals(AuditVerification.ok(4), crm.audit().verify(AUDITOR));
        }
    }

    @StoreTest
    void auditQueriesAndVerificationSealFirstAndTamperingIsStillFound(StoreKind kind) throws SQLException {
        DataSource ds = TestStores.freshDataSource(kind);
        try (InsurCrm crm = InsurCrm.builder().dataSource(ds, null).clock(AuditTrailTest.CLOCK).build()) {
            Branch ho = crm.branches().create(SYSTEM, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
            Customer c = crm.customers().create(SYSTEM, People.profile(3), ho.id()); // seq 1
            for (int i = 0; i < 3; i++) {
                crm.views().find(SYSTEM, People.mobile(3));
            }
            assertEquals(1 + 3, count(ds, "audit_entry") + count(ds, "audit_pending"));
            assertEquals(List.of("CREATE", "READ", "READ", "READ"),
                    crm.audit().byCustomer(AUDITOR, c.id()).stream().map(AuditEntry::action).toList());
            assertEquals(0, count(ds, "audit_pending"));
            crm.views().find(SYSTEM, People.mobile(3)); // staged: verify seals it first
            assertEquals(AuditVerification.ok(5), crm.audit().verify(AUDITOR));

            execute(ds, "UPDATE audit_entry SET field_names = 'NAME' WHERE seq = 3");
            assertEquals(OptionalLong.of(3), crm.audit().verify(AUDITOR).firstBroken());
        }
    }

    /**
     * Reads in clear with no write, audit query or verification after them: once they pause, the
     * background sealer seals every one of them (waited for, up to ten seconds), in the order they
     * were read; the chain verifies with every read in it. Reads made just before the store closes
     * are sealed by the close.
     */
    @StoreTest
    void readsAreSealedInTheBackgroundWhenTheyPauseAndWhenTheStoreCloses(StoreKind kind) throws Exception {
        DataSource ds = TestStores.freshDataSource(kind);
        int reads = 300;
        try (InsurCrm crm = InsurCrm.builder().dataSource(ds, null).clock(AuditTrailTest.CLOCK).build()) {
            Branch ho = crm.branches().create(SYSTEM, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
            crm.customers().create(SYSTEM, People.profile(21), ho.id()); // seq 1
            for (int i = 0; i < reads; i++) {
                assertTrue(crm.views().find(SYSTEM, People.mobile(21)).isPresent());
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (count(ds, "audit_entry") < 1 + reads && System.nanoTime() < deadline) {
                LockSupport.parkNanos(1_000_000);
            }
            assertEquals(1 + reads, count(ds, "audit_entry"), "sealed by the background sealer");
            assertEquals(0, count(ds, "audit_pending"));
            crm.views().find(SYSTEM, People.mobile(21)).orElseThrow();
        } // the last read: sealed by the close, if the sealer has not sealed it before
        assertEquals(0, count(ds, "audit_pending"));
        assertEquals(1 + reads + 1, count(ds, "audit_entry"));
        try (InsurCrm crm = InsurCrm.builder().dataSource(ds, null).clock(AuditTrailTest.CLOCK).build()) {
            assertEquals(AuditVerification.ok(1 + reads + 1), crm.audit().verify(AUDITOR));
        }
    }

    /**
     * Two readers stage concurrently (and the background sealer seals when they pause) while a third
     * thread verifies (and so seals) over and over: the chain ends up with every entry, numbered
     * 1..n without a gap, and verifies.
     */
    @StoreTest
    void concurrentReadersAndSealersLeaveOneChainWithoutGaps(StoreKind kind) throws Exception {
        DataSource ds = TestStores.freshDataSource(kind);
        try (InsurCrm crm = InsurCrm.builder().dataSource(ds, null).clock(AuditTrailTest.CLOCK).build()) {
            Branch ho = crm.branches().create(SYSTEM, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
            crm.customers().create(SYSTEM, People.profile(11), ho.id());
            crm.customers().create(SYSTEM, People.profile(12), ho.id());
            int perReader = 150;
            ExecutorService pool = Executors.newFixedThreadPool(3);
            AtomicBoolean reading = new AtomicBoolean(true);
            try {
                List<Future<?>> readers = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    String mobile = People.mobile(11 + t);
                    readers.add(pool.submit(() -> {
                        for (int i = 0; i < perReader; i++) {
                            assertTrue(crm.views().find(SYSTEM, mobile).isPresent());
                        }
                    }));
                }
                Future<Integer> verifier = pool.submit(() -> {
                    int rounds = 0;
                    while (reading.get()) {
                        assertTrue(crm.audit().verify(AUDITOR).isOk());
                        rounds++;
                    }
                    return rounds;
                });
                for (Future<?> r : readers) {
                    r.get();
                }
                reading.set(false);
                assertTrue(verifier.get() > 0);
            } finally {
                pool.shutdown();
            }
            int total = 2 + 2 * perReader;
            assertEquals(AuditVerification.ok(total), crm.audit().verify(AUDITOR));
            assertEquals(0, count(ds, "audit_pending"));
            assertEquals(total, count(ds, "audit_entry"));
            List<AuditEntry> all = crm.audit().byActor(AUDITOR, SYSTEM.userId());
            for (int i = 0; i < all.size(); i++) {
                assertEquals(i + 1, all.get(i).seq());
            }
            assertEquals(2 * perReader, all.stream().filter(e -> e.action().equals("READ")).count());
        }
    }

    private static long count(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate(sql), sql);
        }
    }
}
