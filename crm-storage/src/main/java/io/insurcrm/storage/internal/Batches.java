package io.insurcrm.storage.internal;

import io.insurcrm.core.common.ConflictException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.conf.ParamCastMode;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.postgresql.PGStatement;

/**
 * The write and bulk-read patterns every repository shares: JDBC batches of one prepared statement
 * (multi-row inserts on PostgreSQL through {@code reWriteBatchedInserts}), optimistic-lock updates,
 * and key lookups that bind up to {@link #CHUNK} keys as one array.
 */
final class Batches {
    /** Rows per JDBC batch and keys per lookup (and per IN list of {@link #inChunks}). */
    static final int CHUNK = 1_000;

    /** The SQL of {@link #insert}s and {@link #selectIn} lookups, by dialect and shape (rendered once each). */
    private static final Map<String, String> LOOKUP_SQL = new ConcurrentHashMap<>();

    /**
     * The configuration of records built only to carry values to {@link #insert} and
     * {@link #updateVersioned}: a detached record's setter makes a new default configuration (and
     * copies its settings) on every call, which cost about 5% of a bulk import's CPU.
     */
    private static final Configuration VALUES_ONLY = new DefaultConfiguration();

    private Batches() {
    }

    /** {@code record}, attached to a shared configuration that only its setters use (see {@link #VALUES_ONLY}). */
    static <R extends TableRecord<R>> R valuesOnly(R record) {
        record.attach(VALUES_ONLY);
        return record;
    }

    /** Inserts every column of {@code rows} as JDBC batches of one prepared statement. */
    static <R extends TableRecord<R>> void insert(DSLContext dsl, Table<R> table, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Field<?>[] fields = table.fields();
        List<Object[]> binds = new ArrayList<>(rows.size());
        for (R row : rows) {
            // not row.intoArray(): on a detached record that goes through jOOQ's record mapper cache
            // with a fresh configuration each time (a synchronized miss per row, ~10% of an import's CPU)
            Object[] values = new Object[fields.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(i);
            }
            binds.add(values);
        }
        String sql = LOOKUP_SQL.computeIfAbsent(dsl.dialect().name() + " insert " + table.getName(),
                s -> renderPlain(dsl, dsl.insertInto(table).columns(fields).values(placeholders(Arrays.asList(fields)))));
        execute(dsl, sql, nullTypes(Arrays.asList(fields)), binds);
    }

    /**
     * Inserts those of {@code rows} whose {@code key} (the column of the unique constraint
     * {@code uniqueConstraint}) is not stored yet, in one statement per {@link #CHUNK} rows, and
     * returns the keys of the others, those already stored. Each column is bound as one array of its
     * values. One statement text per table and store, rendered once per process.
     * <ul>
     * <li>PostgreSQL: {@code INSERT INTO t (…) SELECT * FROM unnest(?::uuid[], ?::varchar[], …) ON
     * CONFLICT ON CONSTRAINT uq DO NOTHING RETURNING key}, each array of its values' text forms, cast
     * to the column's type. The unique index is probed once per row, by the insert itself, where a
     * lookup followed by an insert probes it twice. A conflict on any other constraint still fails.
     * <li>H2 (which has no {@code ON CONFLICT} outside its PostgreSQL mode): {@code SELECT key FROM
     * FINAL TABLE (INSERT INTO t (…) SELECT * FROM UNNEST(?, ?, …) AS u(…) WHERE NOT EXISTS (SELECT 1
     * FROM t WHERE t.key = u.key))}, each array of the values themselves (H2 keeps their types). The
     * key is probed twice, as by a lookup and an insert, but the rows go in as one statement instead
     * of a JDBC batch of single-row inserts after a separate lookup (docs/import-performance.md,
     * "Eighth pass"). A row whose key another transaction stores between the probe and the insert
     * fails on the unique constraint, as the lookup-then-insert did.
     * </ul>
     * Errors are translated as for every statement. {@code rows} must hold distinct keys.
     */
    static <R extends TableRecord<R>> Set<String> insertNew(DSLContext dsl, Table<R> table, String uniqueConstraint,
            Field<String> key, List<R> rows) {
        Field<?>[] fields = table.fields();
        int keyIndex = Arrays.asList(fields).indexOf(key);
        boolean postgres = dsl.dialect().family() == SQLDialect.POSTGRES;
        String sql = LOOKUP_SQL.computeIfAbsent(dsl.dialect().name() + " insert new " + table.getName(), s -> {
            StringBuilder columns = new StringBuilder();
            StringBuilder arrays = new StringBuilder();
            for (int i = 0; i < fields.length; i++) {
                columns.append(i == 0 ? "" : ", ").append(fields[i].getName());
                arrays.append(i == 0 ? "" : ", ").append('?');
                if (postgres) {
                    arrays.append("::").append(arrayElementType(fields[i].getType())).append("[]");
                }
            }
            String t = table.getName();
            String k = key.getName();
            if (postgres) {
                return "insert into " + t + " (" + columns + ") select * from unnest(" + arrays
                        + ") on conflict on constraint " + uniqueConstraint + " do nothing returning " + k;
            }
            return "select " + k + " from final table (insert into " + t + " (" + columns + ") select * from unnest("
                    + arrays + ") as u(" + columns + ") where not exists (select 1 from " + t + " where " + t + "." + k
                    + " = u." + k + "))";
        });
        Set<String> inserted = new HashSet<>();
        for (List<R> chunk : chunks(rows)) {
            // PostgreSQL: text forms, cast by the statement; H2: the values, whose types it keeps
            Object[][] values = postgres ? new String[fields.length][chunk.size()] : new Object[fields.length][chunk.size()];
            for (int r = 0; r < chunk.size(); r++) {
                R row = chunk.get(r);
                Objects.requireNonNull(row.get(keyIndex), key.getName());
                for (int c = 0; c < fields.length; c++) {
                    Object v = row.get(c);
                    values[c][r] = v == null || !postgres ? v
                            : v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : v.toString();
                }
            }
            dsl.connection(connection -> {
                List<java.sql.Array> arrays = new ArrayList<>(fields.length);
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int c = 0; c < fields.length; c++) {
                        java.sql.Array array = connection.createArrayOf("varchar", values[c]);
                        arrays.add(array);
                        statement.setArray(c + 1, array);
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            inserted.add(rs.getString(1));
                        }
                    }
                } catch (SQLException e) {
                    throw SqlErrors.translate(e, sql);
                } finally {
                    for (java.sql.Array array : arrays) {
                        array.free();
                    }
                }
            });
        }
        Set<String> stored = new HashSet<>();
        for (R row : rows) {
            String k = (String) row.get(keyIndex);
            if (!inserted.contains(k)) {
                stored.add(k);
            }
        }
        return stored;
    }

    /**
     * Writes each row (the next version of an aggregate) where its id has the previous version:
     * {@code UPDATE t SET … WHERE id = ? AND version = row.version - 1}, batched.
     *
     * @throws ConflictException for the first row that updated nothing: stale, or deleted
     */
    static <R extends TableRecord<R>> void updateVersioned(DSLContext dsl, Table<R> table, TableField<R, UUID> id,
            TableField<R, Long> version, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Field<?>> setFields = new ArrayList<>(Arrays.asList(table.fields()));
        setFields.remove(id);
        Map<Field<?>, Field<?>> assignments = new LinkedHashMap<>();
        setFields.forEach(f -> assignments.put(f, DSL.val(null, f)));
        Query update = dsl.update(table).set(assignments)
                .where(id.eq(DSL.val(null, id))).and(version.eq(DSL.val(null, version)));
        List<Field<?>> bindFields = new ArrayList<>(setFields);
        bindFields.add(id);
        bindFields.add(version);
        List<Object[]> binds = new ArrayList<>(rows.size());
        for (R row : rows) {
            Object[] values = new Object[bindFields.size()];
            for (int i = 0; i < setFields.size(); i++) {
                values[i] = row.get(setFields.get(i));
            }
            values[values.length - 2] = row.get(id);
            values[values.length - 1] = row.get(version) - 1;
            binds.add(values);
        }
        int[] counts = execute(dsl, renderPlain(dsl, update), nullTypes(bindFields), binds);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                R row = rows.get(i);
                throw new ConflictException(SqlErrors.camel(table.getName()), row.get(id), row.get(version) - 1);
            }
        }
    }

    /**
     * The hot path of bulk imports: jOOQ renders the statement once (dialect, quoting), then plain
     * JDBC binds and executes it in batches of {@link #CHUNK}, on the transaction's connection.
     * jOOQ's own batch API converts every bind value through a bind context, which costs several
     * times the database work on wide rows. Errors are translated as for every other statement.
     *
     * @return the update count of each row
     */
    private static int[] execute(DSLContext dsl, String sql, int[] nullTypes, List<Object[]> rows) {
        int[] counts = new int[rows.size()];
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int done = 0;
                for (List<Object[]> chunk : chunks(rows)) {
                    for (Object[] row : chunk) {
                        for (int i = 0; i < row.length; i++) {
                            if (row[i] == null) {
                                statement.setNull(i + 1, nullTypes[i]);
                            } else {
                                statement.setObject(i + 1, row[i]);
                            }
                        }
                        statement.addBatch();
                    }
                    int[] chunkCounts = statement.executeBatch();
                    System.arraycopy(chunkCounts, 0, counts, done, chunkCounts.length);
                    done += chunkCounts.length;
                }
            } catch (SQLException e) {
                throw SqlErrors.translate(e, sql);
            }
        });
        return counts;
    }

    /**
     * The hot read path of bulk imports: the {@code columns} of the rows of {@code table} whose
     * {@code key} is one of {@code keys}, one statement per {@link #CHUNK} distinct keys:
     * {@code SELECT … WHERE key = ANY(?)} with the keys bound as ONE array parameter. jOOQ renders
     * each statement text once per process; plain JDBC binds the array and reads the columns (as
     * their fields' Java types). Both stores use the key's index for {@code = ANY(array)}. Before,
     * an IN list of up to 1,024 placeholders was bound key by key, PostgreSQL parsed and planned
     * 1,024 parameters per lookup, and H2 re-checked every row found against the list one value
     * at a time (measured on H2, 1,000 keys in 100,000 rows: 0.87 ms per lookup against 0.18 ms).
     * Errors are translated as for every other statement.
     *
     * @return the values of each matching row, in the order of {@code columns}
     */
    static List<Object[]> selectIn(DSLContext dsl, Table<?> table, Field<?> key, Collection<?> keys,
            Field<?>... columns) {
        List<Object[]> rows = new ArrayList<>();
        Class<?>[] types = new Class<?>[columns.length];
        StringBuilder shape = new StringBuilder("select ").append(table.getName()).append(' ').append(key.getName());
        for (int i = 0; i < columns.length; i++) {
            types[i] = columns[i].getType();
            shape.append(' ').append(columns[i].getName());
        }
        whereIn(dsl, shape.toString(), key, keys, condition -> dsl.select(columns).from(table).where(condition),
                statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            Object[] row = new Object[columns.length];
                            for (int i = 0; i < row.length; i++) {
                                row[i] = rs.getObject(i + 1, types[i]);
                            }
                            rows.add(row);
                        }
                    }
                });
        return rows;
    }

    /** {@code DELETE FROM table WHERE key = ANY(?)}, run as {@link #selectIn} runs its lookups. */
    static void deleteIn(DSLContext dsl, Table<?> table, Field<?> key, Collection<?> keys) {
        whereIn(dsl, "delete " + table.getName() + " " + key.getName(), key, keys,
                condition -> dsl.deleteFrom(table).where(condition), PreparedStatement::executeUpdate);
    }

    @FunctionalInterface
    private interface StatementWork {
        void run(PreparedStatement statement) throws SQLException;
    }

    /**
     * Runs the statement {@code query} renders around the condition {@code key = ANY(?)} once per
     * chunk of the distinct {@code keys}, the chunk bound as one SQL array (of {@code varchar} or
     * {@code uuid}, by the key's type).
     */
    private static void whereIn(DSLContext dsl, String shape, Field<?> key, Collection<?> keys,
            Function<Condition, Query> query, StatementWork work) {
        if (keys.isEmpty()) {
            return;
        }
        String elementType = arrayElementType(key);
        String sql = LOOKUP_SQL.computeIfAbsent(dsl.dialect().name() + " " + shape,
                s -> renderPlain(dsl, query.apply(DSL.condition("{0} = any({1})", key, DSL.val(null, Object.class)))));
        for (List<?> chunk : chunks(new ArrayList<>(new LinkedHashSet<>(keys)))) {
            dsl.connection(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    if (statement.isWrapperFor(PGStatement.class)) {
                        // never a server-side prepared statement: PostgreSQL could keep a generic plan
                        // chosen while an import's table was nearly empty (a sequential scan) as the
                        // table grows, which made each lookup scan it (2.5 s a batch at 50k customers)
                        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                    }
                    java.sql.Array array = connection.createArrayOf(elementType, chunk.toArray());
                    try {
                        statement.setArray(1, array);
                        work.run(statement);
                    } finally {
                        array.free();
                    }
                } catch (SQLException e) {
                    throw SqlErrors.translate(e, sql);
                }
            });
        }
    }

    /**
     * The ids of the rows whose key is one of its keys, for several text key columns of one table in
     * ONE statement per chunk: {@code SELECT 0, k0, id … WHERE k0 = ANY(?) UNION ALL SELECT 1, k1, id
     * … WHERE k1 = ANY(?)}, each column's keys bound as one array (an empty array for a column whose
     * keys ran out before the others'). Each branch uses its column's index, as {@link #idsByKey}.
     *
     * @return one map of key to id per key column, in the order of {@code keyColumns}
     */
    static List<Map<String, UUID>> idsByKeys(DSLContext dsl, Table<?> table, Field<UUID> id,
            List<Field<String>> keyColumns, List<? extends Collection<String>> keys) {
        List<Map<String, UUID>> found = new ArrayList<>();
        List<List<List<String>>> chunked = new ArrayList<>();
        int rounds = 0;
        StringBuilder shape = new StringBuilder("union ").append(table.getName()).append(' ').append(id.getName());
        for (int i = 0; i < keyColumns.size(); i++) {
            found.add(new HashMap<>());
            List<List<String>> chunks = chunks(new ArrayList<>(new LinkedHashSet<>(keys.get(i))));
            chunked.add(chunks);
            rounds = Math.max(rounds, chunks.size());
            shape.append(' ').append(keyColumns.get(i).getName());
        }
        String sql = LOOKUP_SQL.computeIfAbsent(dsl.dialect().name() + " " + shape, s -> {
            StringBuilder union = new StringBuilder();
            for (int i = 0; i < keyColumns.size(); i++) {
                Field<String> key = keyColumns.get(i);
                union.append(i == 0 ? "" : " union all ");
                if (dsl.dialect().family() == SQLDialect.POSTGRES) {
                    // one index probe per key, whatever the planner thinks of the table: with
                    // "key = any(?)" it chose a sequential scan once the table held ~100k rows
                    // (35 ms against 2.6 ms per 1,000 keys; docs/import-performance.md, "Seventh pass")
                    union.append("select ").append(i).append(", t.k, c.").append(id.getName())
                            .append(" from unnest(?::varchar[]) as t(k) cross join lateral (select ")
                            .append(id.getName()).append(" from ").append(table.getName()).append(" where ")
                            .append(key.getName()).append(" = t.k limit 1) as c");
                } else {
                    union.append(renderPlain(dsl, dsl.select(DSL.inline(i), key, id).from(table)
                            .where(DSL.condition("{0} = any({1})", key, DSL.val(null, Object.class)))));
                }
            }
            return union.toString();
        });
        for (int round = 0; round < rounds; round++) {
            int r = round;
            dsl.connection(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    if (statement.isWrapperFor(PGStatement.class)) {
                        statement.unwrap(PGStatement.class).setPrepareThreshold(0); // as in whereIn
                    }
                    List<java.sql.Array> arrays = new ArrayList<>();
                    try {
                        for (int i = 0; i < keyColumns.size(); i++) {
                            List<List<String>> chunks = chunked.get(i);
                            java.sql.Array array = connection.createArrayOf("varchar",
                                    r < chunks.size() ? chunks.get(r).toArray() : new Object[0]);
                            arrays.add(array);
                            statement.setArray(i + 1, array);
                        }
                        try (ResultSet rs = statement.executeQuery()) {
                            while (rs.next()) {
                                found.get(rs.getInt(1)).put(rs.getString(2), rs.getObject(3, UUID.class));
                            }
                        }
                    } finally {
                        for (java.sql.Array array : arrays) {
                            array.free();
                        }
                    }
                } catch (SQLException e) {
                    throw SqlErrors.translate(e, sql);
                }
            });
        }
        return found;
    }

    /** The SQL element type of an array of {@code key}'s values. */
    private static String arrayElementType(Field<?> key) {
        if (key.getType() == String.class || key.getType() == UUID.class) {
            return arrayElementType(key.getType());
        }
        throw new IllegalArgumentException("no array lookup for keys of " + key.getType());
    }

    /** The SQL type of an array of column values of this Java type (of a jOOQ field). */
    private static String arrayElementType(Class<?> type) {
        if (type == String.class) {
            return "varchar";
        }
        if (type == UUID.class) {
            return "uuid";
        }
        if (type == Long.class) {
            return "bigint";
        }
        if (type == Integer.class) {
            return "integer";
        }
        if (type == Boolean.class) {
            return "boolean";
        }
        if (type == BigDecimal.class) {
            return "numeric";
        }
        if (type == java.time.LocalDate.class) {
            return "date";
        }
        if (type == java.time.OffsetDateTime.class) {
            return "timestamptz";
        }
        throw new IllegalArgumentException("no array of " + type);
    }

    /** Which of {@code keys} are stored in {@code key} (a unique text column), by {@link #selectIn}. */
    static Set<String> existing(DSLContext dsl, Table<?> table, Field<String> key, Collection<String> keys) {
        Set<String> found = new HashSet<>();
        for (Object[] row : selectIn(dsl, table, key, keys, key)) {
            found.add((String) row[0]);
        }
        return found;
    }

    /** The ids of the rows whose {@code key} is one of {@code keys}, by key, by {@link #selectIn}. */
    static Map<String, UUID> idsByKey(DSLContext dsl, Table<?> table, Field<UUID> id, Field<String> key,
            Collection<String> keys) {
        Map<String, UUID> found = new HashMap<>();
        for (Object[] row : selectIn(dsl, table, key, keys, key, id)) {
            found.put((String) row[0], (UUID) row[1]);
        }
        return found;
    }

    /**
     * The statement as the store renders it, but with bare {@code ?} placeholders: jOOQ would cast
     * each typed bind on PostgreSQL ({@code cast(? as uuid)}), which a rewritten batch of 128 rows
     * repeats thousands of times for the server to parse. The values are bound by plain JDBC with
     * their Java types (UUID, LocalDate, OffsetDateTime), which the drivers send typed.
     */
    private static String renderPlain(DSLContext dsl, Query query) {
        Settings settings = ((Settings) dsl.settings().clone()).withParamCastMode(ParamCastMode.NEVER);
        return DSL.using(dsl.dialect(), settings).render(query);
    }

    /**
     * The JDBC type a null of each field is bound with: the type the driver sends for a value of the
     * field's Java type ({@code String} as {@code VARCHAR}, also for a {@code CHAR} column), so that a
     * column's parameters keep one type whether a row holds a value or not. pgjdbc re-parses a named
     * statement whose parameter types changed since it was prepared; a null bound untyped where the
     * statement was prepared with a value made the 128-row insert of customers a new statement in
     * every batch (see docs/import-performance.md, "Seventh pass"). Types the driver sends untyped
     * anyway as nulls (UUID, time stamps) stay {@link Types#OTHER}, i.e. untyped, as before.
     */
    private static int[] nullTypes(List<Field<?>> fields) {
        int[] types = new int[fields.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = nullType(fields.get(i).getType());
        }
        return types;
    }

    private static int nullType(Class<?> type) {
        if (type == String.class) {
            return Types.VARCHAR;
        }
        if (type == Integer.class) {
            return Types.INTEGER;
        }
        if (type == Long.class) {
            return Types.BIGINT;
        }
        if (type == BigDecimal.class) {
            return Types.NUMERIC;
        }
        if (type == Boolean.class) {
            return Types.BOOLEAN;
        }
        if (type == java.time.LocalDate.class) {
            return Types.DATE;
        }
        return Types.OTHER;
    }

    private static Object[] placeholders(List<Field<?>> fields) {
        return fields.stream().map(f -> DSL.val(null, f)).toArray();
    }

    /**
     * Runs {@code query} once per chunk of the distinct {@code keys} and concatenates the results:
     * one query for up to {@link #CHUNK} keys.
     */
    static <K, T> List<T> inChunks(Collection<K> keys, Function<List<K>, List<T>> query) {
        List<T> result = new ArrayList<>();
        for (List<K> chunk : chunks(new ArrayList<>(new LinkedHashSet<>(keys)))) {
            result.addAll(query.apply(chunk));
        }
        return result;
    }

    static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>((items.size() + CHUNK - 1) / CHUNK);
        for (int from = 0; from < items.size(); from += CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + CHUNK)));
        }
        return chunks;
    }
}
