package io.insurcrm.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;

/**
 * The connections of a store's {@link org.jooq.DSLContext}: inside a transaction or a session, the
 * one connection bound to the calling thread; outside, a connection of the pool per statement.
 * Transactions are begun and ended on the connection itself ({@link #inTransaction}), without
 * jOOQ's transaction provider, whose per-transaction configuration, context and listener objects
 * were about a tenth of the samples of a 360° view on H2.
 */
final class BoundConnections implements ConnectionProvider {
    private final DataSource dataSource;
    private final ThreadLocal<Bound> bound = new ThreadLocal<>();

    /** The thread's connection: in a transaction, or in a session (auto-commit) until one begins. */
    private static final class Bound {
        final Connection connection;
        boolean transaction;
        /** What to undo in memory if the transaction rolls back; created when the first is registered. */
        List<Runnable> undos;

        Bound(Connection connection) {
            this.connection = connection;
        }
    }

    BoundConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection acquire() {
        Bound b = bound.get();
        return b != null ? b.connection : open();
    }

    @Override
    public void release(Connection connection) {
        Bound b = bound.get();
        if (b == null || connection != b.connection) {
            close(connection);
        }
    }

    /**
     * Runs {@code work} in the calling thread's transaction: the outermost call begins it (on the
     * session's connection inside {@link #inSession}, else on a connection it takes and binds to the
     * thread), commits after {@code work} (or rolls back on any exception or error, and when the
     * commit fails) and ends it; a nested call simply joins, without a savepoint, so a failure
     * anywhere undoes the whole unit of work.
     */
    <T> T inTransaction(Supplier<T> work) {
        Bound b = bound.get();
        if (b != null && b.transaction) {
            return work.get();
        }
        boolean owned = b == null;
        Connection c = owned ? open() : b.connection;
        try {
            if (c.getAutoCommit()) {
                c.setAutoCommit(false);
            }
        } catch (SQLException e) {
            if (owned) {
                close(c);
            }
            throw SqlErrors.translate(e, "BEGIN");
        }
        if (owned) {
            b = new Bound(c);
            bound.set(b);
        }
        b.transaction = true;
        try {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                rollback(b, e);
                throw e;
            }
            try {
                c.commit();
            } catch (SQLException e) {
                RuntimeException failure = SqlErrors.translate(e, "COMMIT");
                rollback(b, failure);
                throw failure;
            }
            return result;
        } finally {
            b.transaction = false;
            b.undos = null;
            try {
                c.setAutoCommit(true); // back to the pool as it came (a host-owned source may not reset it)
            } catch (SQLException e) {
                // the pool discards or resets a connection in a doubtful state; nothing is left uncommitted here
            }
            if (owned) {
                bound.remove();
                close(c);
            }
        }
    }

    /**
     * Runs {@code work} on one connection bound to the calling thread, in auto-commit mode: each
     * statement commits on its own, and a transaction begun inside ({@link #inTransaction}) uses the
     * same connection. Inside a transaction or another session, {@code work} simply joins it. For
     * units of reads whose only write, if any, is a single statement: they save the begin and
     * commit of a transaction, which under the database's read-committed isolation gives them
     * nothing (each statement reads its own snapshot either way).
     */
    <T> T inSession(Supplier<T> work) {
        if (bound.get() != null) {
            return work.get();
        }
        Connection c = open();
        try {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            close(c);
            throw SqlErrors.translate(e, "connect");
        }
        bound.set(new Bound(c));
        try {
            return work.get();
        } finally {
            bound.remove();
            close(c);
        }
    }

    /**
     * Runs {@code undo} if the calling thread's transaction rolls back (at once, after the rollback,
     * before the exception reaches the caller); nothing happens on commit. Outside a transaction
     * there is nothing to roll back and {@code undo} is dropped.
     */
    void onRollback(Runnable undo) {
        Bound b = bound.get();
        if (b == null || !b.transaction) {
            return;
        }
        if (b.undos == null) {
            b.undos = new ArrayList<>(2);
        }
        b.undos.add(undo);
    }

    private static void rollback(Bound b, Throwable cause) {
        try {
            b.connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(SqlErrors.translate(e, "ROLLBACK"));
        }
        List<Runnable> undos = b.undos;
        b.undos = null;
        if (undos != null) {
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
