package io.insurcrm.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Fixed SQL text run on the connection of the current transaction (a pooled one outside it), for
 * the few hot statements where jOOQ's per-call rendering costs more than the statement: the text
 * is the same on every call, so H2's query cache and PostgreSQL's server-side prepared statements
 * take over. Errors are translated as jOOQ's are ({@link SqlErrors}).
 */
final class PlainSql {
    private PlainSql() {
    }

    /** Reads a result set. */
    interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs one query with these bind values. */
    static <T> T query(DSLContext dsl, String sql, List<?> binds, Rows<T> rows) {
        return dsl.connectionResult(connection -> query(connection, sql, binds, rows));
    }

    /** Runs one statement once per row of bind values, as one JDBC batch (a single execution for one row). */
    static void update(DSLContext dsl, String sql, List<Object[]> rows) {
        dsl.connection(connection -> update(connection, sql, rows));
    }

    private static <T> T query(Connection connection, String sql, List<?> binds, Rows<T> rows) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.size(); i++) {
                s.setObject(i + 1, binds.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                return rows.read(rs);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, sql);
        }
    }

    private static void update(Connection connection, String sql, List<Object[]> rows) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    s.setObject(i + 1, row[i]);
                }
                if (rows.size() > 1) {
                    s.addBatch();
                }
            }
            if (rows.size() > 1) {
                s.executeBatch();
            } else {
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, sql);
        }
    }
}
