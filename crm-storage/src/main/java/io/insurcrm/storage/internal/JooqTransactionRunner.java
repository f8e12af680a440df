package io.insurcrm.storage.internal;

import io.insurcrm.core.transaction.TransactionRunner;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Transactions on the store's thread-bound connection. The outermost call begins and commits (or,
 * on any exception, rolls back); nested calls simply join it, without savepoints, so a failure
 * anywhere undoes the whole unit of work.
 */
final class JooqTransactionRunner implements TransactionRunner {
    private final DSLContext dsl;
    private final ThreadLocal<Boolean> active = new ThreadLocal<>();

    @Inject
    JooqTransactionRunner(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (active.get() != null) {
            return work.get();
        }
        active.set(Boolean.TRUE);
        try {
            return dsl.transactionResult(work::get);
        } finally {
            active.remove();
        }
    }
}
