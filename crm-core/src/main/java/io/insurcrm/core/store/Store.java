package io.insurcrm.core.store;

import com.google.inject.Module;

/**
 * An opened store: the Guice module that binds every port of core (the repositories and the
 * {@link io.insurcrm.core.transaction.TransactionRunner}), and the resources to release on close.
 */
public interface Store extends AutoCloseable {

    /** Binds the ports. */
    Module module();

    /** A short description for logs, without credentials, e.g. {@code h2:/data/crm}. */
    String describe();

    /** Closes the pool the store opened (not an external data source). Idempotent. */
    @Override
    void close();
}
