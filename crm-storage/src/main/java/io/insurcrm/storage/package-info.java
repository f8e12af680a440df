/**
 * InsurCRM storage: jOOQ + Flyway + HikariCP implementations of the ports of crm-core for H2
 * (embedded default) and PostgreSQL. Public are only {@link io.insurcrm.storage.JooqStoreProvider}
 * (found by {@link java.util.ServiceLoader}) and {@link io.insurcrm.storage.StorageModule} (for
 * hand-composed Guice injectors); everything else lives in {@code internal} and may change at any time.
 */
package io.insurcrm.storage;
