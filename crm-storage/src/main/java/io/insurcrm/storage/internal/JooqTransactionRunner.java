package io.insurcrm.storage.internal;

import io.insurcrm.core.transaction.TransactionRunner;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Transactions on the store's thread-bound connection ({@link BoundConnections}). The outermost call
 * begins and commits (or, on any exception, rolls back); nested calls simply join it, without
 * savepoints, so a failure anywhere undoes the whole unit of work.
 */
final class JooqTransactionRunner implements TransactionRunner {
    private final BoundConnections connections;

    @Inject
    JooqTransactionRunner(DSLContext dsl) {
        this.connections = (BoundConnections) dsl.configuration().connectionProvider();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return connections.inTransaction(work);
    }

    @Override
    public <T> T inSession(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return connections.inSession(work);
    }
}
