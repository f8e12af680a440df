package io.insurcrm.benchmarks.macro;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.store.StoreLocation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A database engine the benchmark runs on, handing out fresh databases that the InsurCRM Flyway
 * migrations have created, so the library's and the baseline's databases have identical tables and
 * indexes.
 */
abstract class Engine implements AutoCloseable {

    /** The engines the command line knows. */
    enum Kind {
        H2, POSTGRES;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One database.
     *
     * @param location where the library opens it
     * @param jdbcUrl  what a hand-written baseline connects to (same server, same options as the library's pool)
     */
    record Database(String name, StoreLocation location, String jdbcUrl, String user, String password) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, user, password);
        }

        /** Runs one statement on a connection of its own (autocommit: VACUUM may not run in a transaction). */
        void execute(String sql) throws SQLException {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    abstract Kind kind();

    /** A short description for the report, e.g. {@code PostgreSQL 15.18 (embedded, synchronous_commit=off)}. */
    abstract String describe();

    /** A fresh database, migrated to the current schema. */
    final Database create(String name) {
        Database db = newDatabase(name);
        InsurCrm.builder().location(db.location()).build().close(); // runs the migrations, nothing else
        return db;
    }

    abstract Database newDatabase(String name);

    /**
     * Removes a database no later phase reads (a warm-up's, the second import round's, the COPY
     * ceiling's), so that on PostgreSQL autovacuum has no work left in it while later phases are timed.
     */
    abstract void drop(Database db);

    /** PostgreSQL: a checkpoint now, so no write of earlier work is left pending; H2: nothing. */
    abstract void checkpoint();

    /**
     * Leaves the server nothing to catch up on in {@code db} before a timed run (both sides get the same,
     * outside the timers): on PostgreSQL {@code VACUUM ANALYZE}, so autovacuum does not visit the tables
     * just loaded or written while one side or the other is being timed (it did, in the middle of the 360°
     * lookups, after the imports), then a {@link #checkpoint}, so the vacuum's own writes are not left to
     * the checkpointer; on H2, which has no such background work, {@code ANALYZE}. Either way the
     * planner's statistics are fresh.
     */
    abstract void settle(Database db) throws SQLException;

    /** Whether PostgreSQL's COPY is available as the import ceiling. */
    boolean hasCopy() {
        return kind() == Kind.POSTGRES;
    }

    static Engine start(Kind kind, Path workDir) throws IOException {
        return kind == Kind.H2 ? new H2(workDir.resolve("h2")) : new Postgres(workDir.resolve("pg"));
    }

    @Override
    public abstract void close();

    /** Embedded H2 in a folder, opened as the library's embedded default opens it. */
    private static final class H2 extends Engine {
        /** The options the library's embedded store adds to its URL (crm-storage ConnectionTarget.H2_OPTIONS). */
        private static final String OPTIONS = ";AUTO_SERVER=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=32";
        private final Path root;

        H2(Path root) throws IOException {
            this.root = Files.createDirectories(root);
        }

        @Override
        Kind kind() {
            return Kind.H2;
        }

        @Override
        String describe() {
            return "H2 " + org.h2.engine.Constants.VERSION + " (embedded, file)";
        }

        @Override
        Database newDatabase(String name) {
            Path folder = root.resolve(name);
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Database(name, new StoreLocation.EmbeddedFolder(folder),
                    "jdbc:h2:file:" + folder.toAbsolutePath().resolve("insurcrm") + OPTIONS, "sa", "");
        }

        @Override
        void drop(Database db) {
            Path folder = ((StoreLocation.EmbeddedFolder) db.location()).folder();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void checkpoint() {
            // an embedded H2 database writes its own file on its own connection's commits
        }

        @Override
        void settle(Database db) throws SQLException {
            db.execute("ANALYZE");
        }

        @Override
        public void close() {
            // files are removed with the work folder
        }
    }

    /** One embedded PostgreSQL 15 server (zonky binaries), one database per side. */
    private static final class Postgres extends Engine {
        private final EmbeddedPostgres server;

        Postgres(Path dataDir) throws IOException {
            Files.createDirectories(dataDir);
            this.server = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true).start();
        }

        @Override
        Kind kind() {
            return Kind.POSTGRES;
        }

        @Override
        String describe() {
            try (Connection c = server.getPostgresDatabase().getConnection()) {
                return "PostgreSQL " + c.getMetaData().getDatabaseProductVersion()
                        + " (embedded, zonky defaults: synchronous_commit=off)";
            } catch (SQLException e) {
                return "PostgreSQL (embedded)";
            }
        }

        @Override
        Database newDatabase(String name) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + name, e);
            }
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
            // the library's pool sets reWriteBatchedInserts too (multi-row inserts): the baseline gets the same
            return new Database(name, new StoreLocation.Jdbc(url, "postgres", "postgres"),
                    url + "?reWriteBatchedInserts=true", "postgres", "postgres");
        }

        @Override
        void drop(Database db) {
            onServer("DROP DATABASE " + db.name() + " WITH (FORCE)");
        }

        @Override
        void checkpoint() {
            onServer("CHECKPOINT");
        }

        @Override
        void settle(Database db) throws SQLException {
            db.execute("VACUUM ANALYZE");
            checkpoint();
        }

        /** Runs one statement on the server's maintenance database. */
        private void onServer(String sql) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("failed: " + sql, e);
            }
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
