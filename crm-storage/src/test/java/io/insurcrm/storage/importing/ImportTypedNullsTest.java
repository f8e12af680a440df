package io.insurcrm.storage.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.importing.ImportFormat;
import io.insurcrm.core.importing.ImportKind;
import io.insurcrm.core.importing.ImportOptions;
import io.insurcrm.core.importing.ImportReport;
import io.insurcrm.core.store.StoreOptions;
import io.insurcrm.storage.Fixtures;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Batched writes bind a null with the type its column's values are sent with, so a column keeps
 * one parameter type whether a row holds a value or not. On PostgreSQL (one pooled connection,
 * multi-row inserts as the store's own pool makes them) the 128-row customer insert is then ONE
 * server-side prepared statement for the whole file, run once per batch, although the nulls of its
 * rows change from batch to batch; when nulls were bound untyped, the driver prepared it anew in
 * every batch. The values land as imported on both stores, a re-run changes nothing, and a run
 * that swaps values and nulls updates every row (the versioned update binds its nulls the same way).
 */
class ImportTypedNullsTest {
    private static final Actor ACTOR = Actor.system("import-test");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneOffset.UTC);
    private static final int BATCH = 200;
    private static final int BATCHES = 4;

    @StoreTest
    void nullsKeepTheirColumnsTypeSoTheInsertIsPreparedOnce(StoreKind kind) throws SQLException {
        DataSource dataSource = TestStores.freshDataSource(kind);
        HikariDataSource pool = null;
        StoreOptions options = StoreOptions.DEFAULTS;
        if (kind == StoreKind.POSTGRES) {
            InsurCrm.builder().dataSource(dataSource, null).build().close(); // migrates (Flyway needs two connections)
            options = new StoreOptions(1, false, StoreOptions.DEFAULTS.fetchSize());
            ((PGSimpleDataSource) dataSource).setReWriteBatchedInserts(true);
            HikariConfig config = new HikariConfig();
            config.setDataSource(dataSource);
            config.setMaximumPoolSize(1);
            pool = new HikariDataSource(config);
            dataSource = pool;
        }
        try (InsurCrm crm = InsurCrm.builder().dataSource(dataSource, null).storeOptions(options).clock(CLOCK).build()) {
            run(crm, ImportKind.BRANCHES, "code,name,level,parent_code,region\nHO,总公司,HEAD_OFFICE,,全国\n");

            ImportReport first = run(crm, ImportKind.CUSTOMERS, customers(0));
            assertEquals(List.of(800L, 0L, 0L, 0L), counts(first));
            // batches 0 and 2 hold the optional values, batches 1 and 3 leave them empty:
            // 400 e-mails, 400 employers, occupation classes 1..4 summed over 400 rows (100 × 10)
            assertEquals(List.of(400L, 400L, 1000L), optionalColumns(dataSource));
            if (kind == StoreKind.POSTGRES) {
                // the largest block of the rewritten insert (128 rows): one statement, run in each batch
                assertEquals(List.of(1L, (long) BATCHES), largestCustomerInsert(dataSource));
            }

            ImportReport again = run(crm, ImportKind.CUSTOMERS, customers(0));
            assertTrue(again.changedNothing());
            assertEquals(List.of(0L, 0L, 800L, 0L), counts(again));

            ImportReport swapped = run(crm, ImportKind.CUSTOMERS, customers(1));
            assertEquals(List.of(0L, 800L, 0L, 0L), counts(swapped));
            // now batches 1 and 3 hold them
            assertEquals(List.of(400L, 400L, 1000L), optionalColumns(dataSource));
            assertEquals(400L, count(dataSource, "SELECT COUNT(*) FROM customer WHERE email IS NULL AND version = 2"));
        } finally {
            if (pool != null) {
                pool.close();
            }
        }
    }

    /** BATCHES × BATCH customers; the optional columns hold values in the batches of parity {@code parity}. */
    private static String customers(int parity) {
        StringBuilder csv = new StringBuilder("name,national_id,email,employer,occupation_class,branch_code\n");
        for (int i = 0; i < BATCH * BATCHES; i++) {
            boolean values = i / BATCH % 2 == parity;
            csv.append("客户").append(i).append(',').append(Fixtures.anyNationalId(i).value()).append(',')
                    .append(values ? "c" + i + "@example.com" : "").append(',')
                    .append(values ? "公司" + i : "").append(',')
                    .append(values ? String.valueOf(i % 4 + 1) : "").append(",HO\n");
        }
        return csv.toString();
    }

    /** e-mails | employers | sum of occupation classes. */
    private static List<Long> optionalColumns(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(email), COUNT(employer), COALESCE(SUM(occupation_class), 0)"
                        + " FROM customer")) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The server-side prepared statements of the pool's one connection that are the longest customer
     * insert: how many, and how often they were planned (run) in all.
     */
    private static List<Long> largestCustomerInsert(DataSource pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(generic_plans + custom_plans), 0)"
                        + " FROM pg_prepared_statements WHERE statement LIKE 'insert into customer %'"
                        + " AND LENGTH(statement) = (SELECT MAX(LENGTH(statement)) FROM pg_prepared_statements"
                        + " WHERE statement LIKE 'insert into customer %')")) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2));
        }
    }

    private static ImportReport run(InsurCrm crm, ImportKind kind, String csv) {
        return crm.imports().importFrom(ACTOR, kind, ImportFormat.CSV, new StringReader(csv),
                ImportOptions.DEFAULTS.withBatchSize(BATCH));
    }

    private static List<Long> counts(ImportReport r) {
        return List.of(r.inserted(), r.updated(), r.unchanged(), r.rejectedCount());
    }
}
