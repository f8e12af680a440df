package io.insurcrm.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.core.audit.AuditRecord;
import io.insurcrm.core.audit.AuditVerification;
import io.insurcrm.core.common.UuidV7Generator;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.TestStores;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the sealer thread vacuums the staging table after every
 * {@link JooqAuditRepository#VACUUM_EVERY} staged records sealed (by it or by anyone else), after a
 * seal of its own that sealed any, so a steady stream of reads in clear does not leave the seals
 * scanning dead rows until autovacuum comes. The vacuums are counted by the server
 * ({@code pg_stat_user_tables.vacuum_count}, manual vacuums only). Closing the store seals what is
 * staged.
 */
class StagingVacuumTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneOffset.UTC);
    private static final CustomerId CUSTOMER = new CustomerId(UUID.fromString("01890000-0000-7000-8000-000000000001"));
    private DataSource dataSource;

    @Test
    void theSealerVacuumsTheStagingTableOnceEnoughStagedRecordsAreSealed() throws SQLException {
        AuditSealer sealer = new AuditSealer();
        sealer.close(); // no background seals: this test runs the sealer's step itself
        JooqAuditRepository audit = repository(sealer);

        audit.stage(reads(JooqAuditRepository.VACUUM_EVERY - 1));
        audit.sealStaged();
        assertEquals(0, vacuums(), "one record short of the threshold");
        assertEquals(0, count("audit_pending"));

        audit.stage(reads(1));
        audit.sealStaged();
        assertEquals(1, vacuums());
        assertEquals(JooqAuditRepository.VACUUM_EVERY, count("audit_entry"));

        audit.stage(reads(1));
        audit.sealStaged();
        assertEquals(1, vacuums(), "the count starts again after a vacuum");
        assertEquals(AuditVerification.ok(JooqAuditRepository.VACUUM_EVERY + 1), audit.verify());
    }

    @Test
    void aSealerSealThatFindsNothingToSealDoesNotVacuum() throws SQLException {
        AuditSealer sealer = new AuditSealer();
        sealer.close();
        JooqAuditRepository audit = repository(sealer);

        audit.stage(reads(JooqAuditRepository.VACUUM_EVERY));
        assertEquals(0, audit.byActor("nobody").size()); // seals everything: the vacuum is due
        audit.sealStaged();
        assertEquals(0, vacuums(), "nothing was left to seal");

        audit.stage(reads(1));
        audit.sealStaged();
        assertEquals(1, vacuums());
    }

    @Test
    void closingTheStoreSealsWhatIsStaged() throws SQLException {
        AuditSealer sealer = new AuditSealer();
        JooqAuditRepository audit = repository(sealer);

        audit.stage(reads(3));
        sealer.close(); // the seal waiting for the reads to pause is dropped; the close's own seal runs
        assertEquals(0, count("audit_pending"));
        assertEquals(3, count("audit_entry"));
        assertEquals(AuditVerification.ok(3), audit.verify());
    }

    /** The repository on a fresh, migrated PostgreSQL database ({@link #dataSource}). */
    private JooqAuditRepository repository(AuditSealer sealer) {
        dataSource = TestStores.freshDataSource(StoreKind.POSTGRES);
        Migrations.migrate(dataSource);
        org.jooq.DSLContext dsl = Dsl.create(dataSource, SQLDialect.POSTGRES, 100);
        return new JooqAuditRepository(dsl, new JooqTransactionRunner(dsl), new UuidV7Generator(CLOCK), sealer);
    }

    private static List<AuditRecord> reads(int n) {
        return IntStream.range(0, n).mapToObj(i -> new AuditRecord(CLOCK.instant(), "reader-" + i, "AGENT", "test",
                "READ", CUSTOMER, List.of("NAME"))).toList();
    }

    private long vacuums() throws SQLException {
        return single("SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = 'audit_pending'");
    }

    private long count(String table) throws SQLException {
        return single("SELECT COUNT(*) FROM " + table);
    }

    private long single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
