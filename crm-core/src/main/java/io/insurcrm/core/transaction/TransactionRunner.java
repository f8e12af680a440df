package io.insurcrm.core.transaction;

import java.util.function.Supplier;

/**
 * Port: the transaction boundary, owned by the application services. Everything the repositories
 * do inside {@code work} commits together or not at all. Nested calls join the outer transaction.
 */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
