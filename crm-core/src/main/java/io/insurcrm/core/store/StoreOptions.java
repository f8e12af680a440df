package io.insurcrm.core.store;

/**
 * Tuning of a store.
 *
 * @param maxPoolSize     connections in the pool the store opens (ignored for an external data source)
 * @param migrate         run the schema migrations on open (default true)
 * @param fetchSize       rows per round trip when streaming large results
 */
public record StoreOptions(int maxPoolSize, boolean migrate, int fetchSize) {
    public static final StoreOptions DEFAULTS = new StoreOptions(10, true, 1_000);

    public StoreOptions {
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be >= 1");
        }
        if (fetchSize < 1) {
            throw new IllegalArgumentException("fetchSize must be >= 1");
        }
    }
}
