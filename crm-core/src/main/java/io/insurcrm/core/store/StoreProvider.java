package io.insurcrm.core.store;

/**
 * Service-provider interface through which crm-core finds a storage implementation at run time
 * without depending on it at compile time (the JDBC-driver pattern). crm-storage registers one in
 * {@code META-INF/services/io.insurcrm.core.store.StoreProvider}.
 */
public interface StoreProvider {

    /** A unique name, e.g. {@code jooq}. */
    String name();

    /** Whether this provider can open the location. */
    boolean supports(StoreLocation location);

    /** Opens (and by default migrates) the store. */
    Store open(StoreLocation location, StoreOptions options);
}
