package io.insurcrm.storage.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.access.Role;
import io.insurcrm.core.audit.AuditEntry;
import io.insurcrm.core.audit.AuditVerification;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.organisation.Branch;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * The audit trail: what is recorded (who, role, channel, action, customer, field names, never
 * values), queries by customer and by actor, and tamper evidence: a modified entry, a deleted entry,
 * a re-ordered pair and a truncated tail are each reported at the first broken link; tampering is
 * done through raw JDBC, as an attacker with database access would.
 */
class AuditTrailTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00.123456789Z"), ZoneOffset.UTC);
    static final Actor SYSTEM = Actor.system("setup");
    static final Actor AUDITOR = new Actor("auditor-1", Role.ADMINISTRATOR, null, 0);

    /** Creates 2 customers and reads them: 2 CREATE entries, then READ entries for the clear reads. */
    static List<Customer> fixture(InsurCrm crm) {
        Branch ho = crm.branches().create(SYSTEM, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
        Actor clerk = new Actor("clerk-9", Role.SERVICE_OPERATOR, null, 5, "branch-counter");
        List<Customer> made = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            made.add(crm.customers().create(clerk, People.profile(i), ho.id()));
        }
        crm.customers().card(clerk, made.get(0).id()); // clearance 5: in clear, audited
        crm.customers().card(new Actor("desk-1", Role.HOTLINE_COLLECTOR, null, 0), made.get(1).id()); // all masked: not audited
        crm.views().find(clerk, People.mobile(2)); // in clear, audited
        return made;
    }

    @StoreTest
    void recordsWhoWhatWhichCustomerWhichFieldsAndChannelButNoValues(StoreKind kind) {
        try (InsurCrm crm = TestStores.builder(kind).clock(CLOCK).build()) {
            List<Customer> c = fixture(crm);
            List<AuditEntry> first = crm.audit().byCustomer(AUDITOR, c.get(0).id());
            assertEquals(List.of("CREATE", "READ"), first.stream().map(AuditEntry::action).toList());
            AuditEntry create = first.get(0);
            assertEquals("clerk-9", create.actorId());
            assertEquals("service_operator", create.role());
            assertEquals("branch-counter", create.channel());
            assertEquals(Instant.parse("2026-06-30T02:00:00.123456Z"), create.at());
            assertTrue(create.fields().containsAll(List.of("name", "nationalId", "mobile", "email", "homeAddress")),
                    create.fields().toString());
            assertEquals(List.of("NAME", "NATIONAL_ID", "MOBILE", "EMAIL", "WORK_PHONE", "HOME_ADDRESS",
                    "DATE_OF_BIRTH", "NATIVE_PLACE", "EMPLOYER", "LIFE_SITUATION"), first.get(1).fields());
            // the masked read by desk-1 left no entry; the 360° read by clerk-9 did
            assertEquals(List.of("CREATE", "READ"), crm.audit().byCustomer(AUDITOR, c.get(1).id()).stream()
                    .map(AuditEntry::action).toList());
            assertEquals(4, crm.audit().byActor(AUDITOR, "clerk-9").size());
            assertEquals(0, crm.audit().byActor(AUDITOR, "desk-1").size());
            String all = crm.audit().byActor(AUDITOR, "clerk-9").toString();
            for (int i = 1; i <= 2; i++) {
                for (String value : List.of(People.name(i), People.nationalId(i), People.mobile(i))) {
                    assertTrue(!all.contains(value), "a value in the audit trail");
                }
            }
            assertEquals(AuditVerification.ok(4), crm.audit().verify(AUDITOR));
        }
    }

    @StoreTest
    void aModifiedEntryIsTheFirstBrokenLink(StoreKind kind) throws SQLException {
        assertEquals(OptionalLong.of(2), tamper(kind, "UPDATE audit_entry SET field_names = 'NAME' WHERE seq = 2"));
    }

    @StoreTest
    void aDeletedEntryIsTheFirstBrokenLink(StoreKind kind) throws SQLException {
        assertEquals(OptionalLong.of(2), tamper(kind, "DELETE FROM audit_entry WHERE seq = 2"));
    }

    @StoreTest
    void aReorderedPairIsTheFirstBrokenLink(StoreKind kind) throws SQLException {
        assertEquals(OptionalLong.of(2), tamper(kind, "UPDATE audit_entry SET seq = 1000002 WHERE seq = 2",
                "UPDATE audit_entry SET seq = 2 WHERE seq = 3", "UPDATE audit_entry SET seq = 3 WHERE seq = 1000002"));
    }

    @StoreTest
    void aTruncatedTailIsDetectedThroughTheHead(StoreKind kind) throws SQLException {
        assertEquals(OptionalLong.of(4), tamper(kind, "DELETE FROM audit_entry WHERE seq = 4"));
    }

    @StoreTest
    void aRehashedEntryStillBreaksTheNextLink(StoreKind kind) throws SQLException {
        // an attacker who rewrites entry 2 and its own hash still leaves entry 3 pointing at the old hash
        assertEquals(OptionalLong.of(2), tamper(kind, "UPDATE audit_entry SET actor_id = 'mallory', entry_hash = "
                + "'1111111111111111111111111111111111111111111111111111111111111111' WHERE seq = 2"));
    }

    /** Builds the fixture on a data source the test can reach with raw JDBC, tampers, and verifies. */
    static OptionalLong tamper(StoreKind kind, String... statements) throws SQLException {
        DataSource ds = TestStores.freshDataSource(kind);
        try (InsurCrm crm = InsurCrm.builder().dataSource(ds, null).clock(CLOCK).build()) {
            fixture(crm);
            assertTrue(crm.audit().verify(AUDITOR).isOk());
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                for (String sql : statements) {
                    assertEquals(1, s.executeUpdate(sql), sql);
                }
            }
            return crm.audit().verify(AUDITOR).firstBroken();
        }
    }

    @StoreTest
    void concurrentWritersNeverForkTheChain(StoreKind kind) throws Exception {
        try (InsurCrm crm = TestStores.builder(kind).clock(CLOCK).build()) {
            Branch ho = crm.branches().create(SYSTEM, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 15; i++) {
                            crm.customers().create(SYSTEM, People.profile(100 + thread * 100 + i), ho.id());
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(AuditVerification.ok(60), crm.audit().verify(AUDITOR));
        }
    }
}
