package io.insurcrm.benchmarks.macro;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Where the hand-written loader writes rows: JDBC batches of one prepared INSERT per table, or
 * PostgreSQL COPY. Tables are flushed in the order they were opened (parents first), then committed.
 */
abstract class LoadTarget implements AutoCloseable {
    final Connection connection;
    final List<Table> tables = new ArrayList<>();

    LoadTarget(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    /** The rows of one table; values in the order of the columns given to {@link #table}. */
    interface Table {
        void add(Object... values) throws SQLException;
    }

    abstract Table table(String name, String... columns) throws SQLException;

    /** Forgets the tables of the previous file (after its last flush). */
    void startFile() throws SQLException {
        tables.clear();
    }

    /** Whether to flush and commit after this many rows read since the last flush. */
    abstract boolean wantsFlush(int rowsSinceFlush);

    /** Writes what every table holds, parents first, and commits. */
    abstract void flush() throws SQLException;

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** addBatch/executeBatch, 1,000 rows per batch, one commit per batch. */
    static final class Jdbc extends LoadTarget {
        static final int BATCH = 1_000;

        Jdbc(Connection connection) throws SQLException {
            super(connection);
        }

        @Override
        Table table(String name, String... columns) throws SQLException {
            String sql = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                    + "?, ".repeat(columns.length - 1) + "?)";
            JdbcTable t = new JdbcTable(connection.prepareStatement(sql));
            tables.add(t);
            return t;
        }

        @Override
        boolean wantsFlush(int rowsSinceFlush) {
            return rowsSinceFlush >= BATCH;
        }

        @Override
        void flush() throws SQLException {
            for (Table t : tables) {
                JdbcTable j = (JdbcTable) t;
                if (j.pending > 0) {
                    j.statement.executeBatch();
                    j.pending = 0;
                }
            }
            connection.commit();
        }

        @Override
        void startFile() throws SQLException {
            for (Table t : tables) {
                ((JdbcTable) t).statement.close();
            }
            super.startFile();
        }

        @Override
        public void close() throws SQLException {
            startFile();
            super.close();
        }

        private static final class JdbcTable implements Table {
            final PreparedStatement statement;
            int pending;

            JdbcTable(PreparedStatement statement) {
                this.statement = statement;
            }

            @Override
            public void add(Object... values) throws SQLException {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.addBatch();
                pending++;
            }
        }
    }

    /**
     * PostgreSQL {@code COPY … FROM STDIN (FORMAT csv)}: rows are rendered as CSV text and sent per
     * table every 100,000 rows read (a COPY is one statement; the tables take turns, parents first).
     */
    static final class Copy extends LoadTarget {
        static final int CHUNK = 100_000;
        private final CopyManager copy;

        Copy(Connection connection) throws SQLException {
            super(connection);
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        }

        @Override
        Table table(String name, String... columns) {
            CopyTable t = new CopyTable("COPY " + name + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)");
            tables.add(t);
            return t;
        }

        @Override
        boolean wantsFlush(int rowsSinceFlush) {
            return rowsSinceFlush >= CHUNK;
        }

        @Override
        void flush() throws SQLException {
            try {
                for (Table t : tables) {
                    CopyTable c = (CopyTable) t;
                    if (c.text.length() > 0) {
                        copy.copyIn(c.sql, new ByteArrayInputStream(c.text.toString().getBytes(StandardCharsets.UTF_8)));
                        c.text.setLength(0);
                    }
                }
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
            connection.commit();
        }

        private static final class CopyTable implements Table {
            final String sql;
            final StringBuilder text = new StringBuilder(1 << 16);

            CopyTable(String sql) {
                this.sql = sql;
            }

            @Override
            public void add(Object... values) {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        text.append(',');
                    }
                    Object v = values[i];
                    if (v == null) {
                        continue; // an unquoted empty field is NULL
                    }
                    if (v instanceof String s) {
                        text.append('"').append(s.replace("\"", "\"\"")).append('"');
                    } else if (v instanceof BigDecimal d) {
                        text.append(d.toPlainString());
                    } else {
                        text.append(v);
                    }
                }
                text.append('\n');
            }
        }
    }
}
