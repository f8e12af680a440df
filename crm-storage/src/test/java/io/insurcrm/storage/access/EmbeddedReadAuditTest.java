package io.insurcrm.storage.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.audit.AuditEntry;
import io.insurcrm.core.audit.AuditVerification;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.store.StoreLocation;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.TestStores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the embedded folder store, reads in clear are kept in memory and written behind (H2 writes its
 * own commits only after {@code WRITE_DELAY}); closing the store writes them, so a reopened store
 * finds every read in the trail. A database set to {@code WRITE_DELAY 0} keeps the reader's own
 * staged insert. H2 only: the folder store is H2.
 */
class EmbeddedReadAuditTest {
    private static final Actor SYSTEM = AuditTrailTest.SYSTEM;
    private static final Actor AUDITOR = AuditTrailTest.AUDITOR;

    @Test
    void readsKeptInMemoryAreInTheTrailAfterTheStoreCloses() throws SQLException {
        Path folder = folder();
        Customer c;
        try (InsurCrm crm = open(folder)) {
            Branch ho = crm.branches().create(SYSTEM, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
            c = crm.customers().create(SYSTEM, People.profile(31), ho.id());
            for (int i = 0; i < 5; i++) {
                crm.views().find(SYSTEM, People.mobile(31)).orElseThrow();
            }
        } // the close seals what the sealer thread had not yet sealed
        assertEquals(6, count(folder, "audit_entry"));
        try (InsurCrm crm = open(folder)) {
            List<AuditEntry> trail = crm.audit().byCustomer(AUDITOR, c.id());
            assertEquals(List.of("CREATE", "READ", "READ", "READ", "READ", "READ"),
                    trail.stream().map(AuditEntry::action).toList());
            assertEquals(AuditVerification.ok(6), crm.audit().verify(AUDITOR));
        }
    }

    @Test
    void withWriteDelayZeroEachReaderStagesItsOwnRead() throws SQLException {
        Path folder = folder();
        try (InsurCrm crm = open(folder)) {
            Branch ho = crm.branches().create(SYSTEM, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
            crm.customers().create(SYSTEM, People.profile(32), ho.id());
        }
        execute(folder, "SET WRITE_DELAY 0"); // persistent
        try (InsurCrm crm = open(folder)) {
            crm.views().find(SYSTEM, People.mobile(32)).orElseThrow();
            crm.views().find(SYSTEM, People.mobile(32)).orElseThrow();
            assertEquals(1 + 2, count(folder, "audit_entry") + count(folder, "audit_pending"),
                    "staged by the readers, in their transactions (and sealed by the sealer if they paused)");
            assertEquals(AuditVerification.ok(3), crm.audit().verify(AUDITOR));
        }
    }

    private static InsurCrm open(Path folder) {
        return InsurCrm.builder().embedded(folder).clock(AuditTrailTest.CLOCK).build();
    }

    private static Path folder() {
        return ((StoreLocation.EmbeddedFolder) TestStores.freshLocation(StoreKind.H2)).folder();
    }

    /** A connection of this JVM to the folder's database (H2 shares the open database within the process). */
    private static Connection connect(Path folder) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.toAbsolutePath().resolve("insurcrm")
                + ";AUTO_SERVER=FALSE", "sa", "");
    }

    private static long count(Path folder, String table) throws SQLException {
        try (Connection c = connect(folder); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Path folder, String sql) throws SQLException {
        try (Connection c = connect(folder); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
