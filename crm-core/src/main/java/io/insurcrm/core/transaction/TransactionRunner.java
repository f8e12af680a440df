package io.insurcrm.core.transaction;

import java.util.function.Supplier;

/**
 * Port: the transaction boundary, owned by the application services. Everything the repositories
 * do inside {@code work} commits together or not at all. Nested calls join the outer transaction.
 */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code work} on one connection without a transaction of its own: each statement commits
     * on its own, and a transaction begun inside ({@link #inTransaction}) is a real one. Inside the
     * caller's transaction, {@code work} joins it. For units of reads whose only write, if any, is a
     * single statement: at read-committed isolation a transaction gives them nothing but its begin
     * and commit. The default runs {@code work} in a transaction.
     */
    default <T> T inSession(Supplier<T> work) {
        return inTransaction(work);
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
