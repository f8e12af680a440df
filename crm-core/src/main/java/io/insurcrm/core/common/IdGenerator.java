package io.insurcrm.core.common;

import java.util.UUID;

/**
 * Makes ids in Java, not in the database, so data can be sharded and batches written without a
 * round trip. The default makes time-ordered UUIDs (version 7, RFC 9562), which keep B-tree
 * indexes append-mostly.
 */
@FunctionalInterface
public interface IdGenerator {
    UUID next();
}
