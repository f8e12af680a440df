package io.insurcrm.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;

/**
 * The connections of a store's {@link org.jooq.DSLContext}: inside a transaction, the one connection
 * bound to the calling thread; outside, a connection of the pool per statement. Transactions are
 * begun and ended on the connection itself ({@link #inTransaction}), without jOOQ's transaction
 * provider, whose per-transaction configuration, context and listener objects were about a tenth of
 * the samples of a 360° view on H2.
 */
final class BoundConnections implements ConnectionProvider {
    private final DataSource dataSource;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    /** What to undo in memory if the thread's transaction rolls back; set only once something is registered. */
    private final ThreadLocal<List<Runnable>> onRollback = new ThreadLocal<>();

    BoundConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection acquire() {
        Connection c = bound.get();
        return c != null ? c : open();
    }

    @Override
    public void release(Connection connection) {
        if (connection != bound.get()) {
            close(connection);
        }
    }

    /**
     * Runs {@code work} in the calling thread's transaction: the outermost call takes a connection,
     * binds it to the thread, commits after {@code work} (or rolls back on any exception or error,
     * and when the commit fails) and gives it back to the pool; a nested call simply joins, without
     * a savepoint, so a failure anywhere undoes the whole unit of work.
     */
    <T> T inTransaction(Supplier<T> work) {
        if (bound.get() != null) {
            return work.get();
        }
        Connection c = open();
        try {
            if (c.getAutoCommit()) {
                c.setAutoCommit(false);
            }
        } catch (SQLException e) {
            close(c);
            throw SqlErrors.translate(e, "BEGIN");
        }
        bound.set(c);
        try {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            }
            try {
                c.commit();
            } catch (SQLException e) {
                RuntimeException failure = SqlErrors.translate(e, "COMMIT");
                rollback(c, failure);
                throw failure;
            }
            return result;
        } finally {
            bound.remove();
            if (onRollback.get() != null) {
                onRollback.remove();
            }
            try {
                c.setAutoCommit(true); // back to the pool as it came (a host-owned source may not reset it)
            } catch (SQLException e) {
                // the pool discards or resets a connection in a doubtful state; nothing is left uncommitted here
            }
            close(c);
        }
    }

    /**
     * Runs {@code undo} if the calling thread's transaction rolls back (at once, after the rollback,
     * before the exception reaches the caller); nothing happens on commit. Outside a transaction
     * there is nothing to roll back and {@code undo} is dropped.
     */
    void onRollback(Runnable undo) {
        if (bound.get() == null) {
            return;
        }
        List<Runnable> undos = onRollback.get();
        if (undos == null) {
            undos = new ArrayList<>(2);
            onRollback.set(undos);
        }
        undos.add(undo);
    }

    private void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(SqlErrors.translate(e, "ROLLBACK"));
        }
        List<Runnable> undos = onRollback.get();
        if (undos != null) {
            onRollback.remove();
            for (Runnable undo : undos) {
                try {
                    undo.run();
                } catch (RuntimeException | Error e) {
                    cause.addSuppressed(e);
                }
            }
        }
    }

    private Connection open() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "connect");
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "close");
        }
    }
}
