package io.insurcrm.spi;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads rows of one kind from an insurer's system (a database view, a file drop, an API) and hands
 * them to the host, which validates and applies each row idempotently by its natural key, so a
 * re-run is safe. The host calls {@link #read} on its own thread; an importer streams rather than
 * collecting everything in memory.
 */
public interface Importer {

    /**
     * What the rows describe.
     *
     * @return the kind
     */
    RowKind kind();

    /**
     * Streams every row to {@code rows}, in order (parents before children within a kind).
     * Values are text in the host's import format: ISO dates, plain decimals, enum constant names.
     * Returns when the source is exhausted. A row the host refuses is reported by the host, not
     * thrown back; an exception thrown here aborts the run (rows already handed over stay applied).
     *
     * @param rows receives each row as column name to value; absent or empty columns may be left out
     * @throws java.io.UncheckedIOException if the source cannot be read
     */
    void read(Consumer<Map<String, String>> rows);
}
