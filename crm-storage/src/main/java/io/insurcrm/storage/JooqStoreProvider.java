package io.insurcrm.storage;

import io.insurcrm.core.store.Store;
import io.insurcrm.core.store.StoreLocation;
import io.insurcrm.core.store.StoreOptions;
import io.insurcrm.core.store.StoreProvider;
import io.insurcrm.storage.internal.JooqStore;
import java.util.Objects;

/**
 * The storage implementation of InsurCRM on jOOQ, Flyway and HikariCP, found by
 * {@link io.insurcrm.core.InsurCrm} through {@link java.util.ServiceLoader}. Supports an embedded H2
 * folder, a JDBC URL ({@code jdbc:h2:} or {@code jdbc:postgresql:}) and a host-owned data source
 * (H2 or PostgreSQL).
 */
public final class JooqStoreProvider implements StoreProvider {

    /** The name this provider registers under. */
    public static final String NAME = "jooq";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(StoreLocation location) {
        return JooqStore.supports(Objects.requireNonNull(location, "location"));
    }

    @Override
    public Store open(StoreLocation location, StoreOptions options) {
        return JooqStore.open(location, options);
    }
}
