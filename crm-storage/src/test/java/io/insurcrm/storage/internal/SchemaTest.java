package io.insurcrm.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.core.store.StoreLocation;
import io.insurcrm.core.store.StoreOptions;
import io.insurcrm.storage.internal.jooq.DefaultSchema;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.Table;

/**
 * Flyway on a real database yields exactly the schema jOOQ's generator saw in the migration files:
 * the same tables, columns and named keys.
 */
class SchemaTest {

    @StoreTest
    void migratedSchemaEqualsTheGeneratedCode(StoreKind kind) throws SQLException {
        DataSource dataSource = TestStores.freshDataSource(kind);
        JooqStore.open(new StoreLocation.External(dataSource, null), StoreOptions.DEFAULTS).close();
        try (Connection c = dataSource.getConnection()) {
            String schema = c.getSchema();

            Map<String, Set<String>> columns = query(c, "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = '" + schema + "'");
            Map<String, Set<String>> keys = query(c, "SELECT table_name, constraint_name"
                    + " FROM information_schema.table_constraints WHERE table_schema = '" + schema + "'"
                    + " AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')");
            columns.remove(Migrations.HISTORY_TABLE);
            keys.remove(Migrations.HISTORY_TABLE);

            assertEquals(generatedColumns(), columns);
            assertEquals(generatedKeys(), keys);
        }
    }

    private static Map<String, Set<String>> generatedColumns() {
        Map<String, Set<String>> result = new TreeMap<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            Stream.of(t.fields()).forEach(f -> add(result, t.getName(), f.getName()));
        }
        return result;
    }

    private static Map<String, Set<String>> generatedKeys() {
        Map<String, Set<String>> result = new TreeMap<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            t.getKeys().forEach(k -> add(result, t.getName(), k.getName()));
            t.getReferences().forEach(k -> add(result, t.getName(), k.getName()));
        }
        return result;
    }

    /** Lower-cased: H2 folds unquoted names to upper case, PostgreSQL to lower case. */
    private static Map<String, Set<String>> query(Connection c, String sql) throws SQLException {
        Map<String, Set<String>> result = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                add(result, rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2).toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }

    private static void add(Map<String, Set<String>> map, String table, String name) {
        map.computeIfAbsent(table, k -> new TreeSet<>()).add(name);
    }
}
