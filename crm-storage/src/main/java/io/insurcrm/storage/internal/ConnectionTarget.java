package io.insurcrm.storage.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.insurcrm.core.store.StoreLocation;
import io.insurcrm.core.store.StoreOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * Where the store's connections come from: the data source, its dialect, the pool this store owns
 * (none for an external data source) and a description without credentials.
 */
record ConnectionTarget(DataSource dataSource, SQLDialect dialect, HikariDataSource ownedPool, String description) {

    /**
     * H2 options of the embedded default: no automatic mixed-mode server (one process owns the
     * folder), a lock timeout long enough for bulk imports competing for a row, and a per-session
     * parsed-statement cache of 32 instead of 8 (the 360° view alone cycles through up to 8 fixed
     * statements, so with H2's default any other statement on the session evicted one of them).
     */
    static final String H2_OPTIONS = ";AUTO_SERVER=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=32";

    static boolean supports(StoreLocation location) {
        if (location instanceof StoreLocation.Jdbc) {
            return dialectOfUrl(((StoreLocation.Jdbc) location).url()) != null;
        }
        if (location instanceof StoreLocation.External) {
            String dialect = ((StoreLocation.External) location).dialect();
            return dialect == null || dialectOfName(dialect) != null;
        }
        return location instanceof StoreLocation.EmbeddedFolder;
    }

    static ConnectionTarget connect(StoreLocation location, StoreOptions options) {
        if (location instanceof StoreLocation.EmbeddedFolder) {
            Path folder = ((StoreLocation.EmbeddedFolder) location).folder().toAbsolutePath().normalize();
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the store folder " + folder, e);
            }
            String url = "jdbc:h2:file:" + folder.resolve("insurcrm") + H2_OPTIONS;
            return pooled(url, "sa", "", SQLDialect.H2, options, "h2:" + folder);
        }
        if (location instanceof StoreLocation.Jdbc) {
            StoreLocation.Jdbc jdbc = (StoreLocation.Jdbc) location;
            SQLDialect dialect = dialectOfUrl(jdbc.url());
            if (dialect == null) {
                throw new IllegalArgumentException("unsupported JDBC URL: use jdbc:h2: or jdbc:postgresql:");
            }
            return pooled(jdbc.url(), jdbc.user(), jdbc.password(), dialect, options, withoutParameters(jdbc.url()));
        }
        StoreLocation.External external = (StoreLocation.External) location;
        SQLDialect dialect = external.dialect() != null ? dialectOfName(external.dialect())
                : detect(external.dataSource());
        if (dialect == null) {
            throw new IllegalArgumentException("unsupported dialect: use \"h2\" or \"postgres\"");
        }
        return new ConnectionTarget(external.dataSource(), dialect, null,
                "external:" + dialect.name().toLowerCase(Locale.ROOT));
    }

    /** Closes the pool this store opened; an external data source is left alone. */
    void close() {
        if (ownedPool != null) {
            ownedPool.close();
        }
    }

    private static ConnectionTarget pooled(String url, String user, String password, SQLDialect dialect,
            StoreOptions options, String description) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("insurcrm");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(options.maxPoolSize());
        config.setMinimumIdle(Math.min(2, options.maxPoolSize()));
        if (dialect == SQLDialect.POSTGRES) {
            // batches of inserts become multi-row inserts; server error details (which quote the
            // offending values, i.e. personal data) stay out of exception messages
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            config.addDataSourceProperty("logServerErrorDetail", "false");
        }
        HikariDataSource pool = new HikariDataSource(config);
        return new ConnectionTarget(pool, dialect, pool, description);
    }

    static SQLDialect dialectOfUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        return null;
    }

    static SQLDialect dialectOfName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("h2")) {
            return SQLDialect.H2;
        }
        if (n.equals("postgres") || n.equals("postgresql")) {
            return SQLDialect.POSTGRES;
        }
        return null;
    }

    private static SQLDialect detect(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return dialectOfName(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to detect the database dialect (SQLSTATE "
                    + e.getSQLState() + ")", e);
        }
    }

    /** The URL without its parameters, which may carry a password. */
    private static String withoutParameters(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int i = url.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return url.substring(0, cut);
    }
}
