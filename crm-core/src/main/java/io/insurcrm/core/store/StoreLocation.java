package io.insurcrm.core.store;

import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;

/** Where the CRM keeps its data. */
public sealed interface StoreLocation {

    /** The embedded default: an H2 database in a folder on disk, created if missing. */
    record EmbeddedFolder(Path folder) implements StoreLocation {
        public EmbeddedFolder {
            Objects.requireNonNull(folder, "folder");
        }
    }

    /** A database reached by JDBC URL (PostgreSQL in production; H2 URLs work too). The password is never printed. */
    record Jdbc(String url, String user, String password) implements StoreLocation {
        public Jdbc {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String toString() {
            return "Jdbc[" + url + ", user=" + user + ", password=***]";
        }
    }

    /**
     * A data source the host application owns (its own pool). The CRM does not close it.
     *
     * @param dialect {@code "h2"} or {@code "postgres"}; {@code null} to detect from the connection
     */
    record External(DataSource dataSource, String dialect) implements StoreLocation {
        public External {
            Objects.requireNonNull(dataSource, "dataSource");
        }
    }
}
