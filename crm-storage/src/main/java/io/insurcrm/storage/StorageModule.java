package io.insurcrm.storage;

import com.google.inject.AbstractModule;
import io.insurcrm.core.store.Store;
import io.insurcrm.core.store.StoreLocation;
import io.insurcrm.core.store.StoreOptions;
import io.insurcrm.storage.internal.JooqStore;

/**
 * The Guice module of crm-storage for those who compose their own injector: it binds every port of
 * crm-core (the repositories and the {@link io.insurcrm.core.transaction.TransactionRunner}) to the
 * jOOQ implementation and nothing else, so no jOOQ type is visible in the host's injector.
 *
 * <pre>{@code
 * try (StorageModule storage = StorageModule.open(new StoreLocation.EmbeddedFolder(dir), StoreOptions.DEFAULTS)) {
 *     Injector injector = Guice.createInjector(new CoreModule(), storage);
 *     ...
 * }
 * }</pre>
 *
 * <p>{@link #open} connects and migrates eagerly, so a wrong URL or a failed migration fails at
 * start-up rather than on first use. Close the module to release the pool it opened (an external
 * data source is never closed).
 */
public final class StorageModule extends AbstractModule implements AutoCloseable {
    private final Store store;

    private StorageModule(Store store) {
        this.store = store;
    }

    /** Opens the store (running the migrations if {@code options.migrate()}) and returns its module. */
    public static StorageModule open(StoreLocation location, StoreOptions options) {
        return new StorageModule(JooqStore.open(location, options));
    }

    @Override
    protected void configure() {
        install(store.module());
    }

    /** A short description of the store, without credentials. */
    public String describe() {
        return store.describe();
    }

    /** Closes the pool this module opened. Idempotent. */
    @Override
    public void close() {
        store.close();
    }
}
