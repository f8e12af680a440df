package io.insurcrm.storage.testing;

/** The databases every storage integration test runs on. */
public enum StoreKind {
    /** An embedded H2 file database in a fresh folder under {@code target/}. */
    H2,
    /** A fresh database in the one embedded PostgreSQL 15 server of this JVM. */
    POSTGRES
}
