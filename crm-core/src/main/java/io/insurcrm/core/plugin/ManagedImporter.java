package io.insurcrm.core.plugin;

import io.insurcrm.spi.Importer;
import io.insurcrm.spi.RowKind;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A configured importer as the import service uses it: {@link #read} runs the plugin on the
 * importer's own thread with its {@code call-timeout} (one hour by default) and hands each row,
 * as an immutable copy, to the host's consumer on that thread.
 */
public final class ManagedImporter {
    private final ComponentInfo info;
    private final Importer importer;
    private final RowKind kind;
    private final SafeInvoker invoker;

    ManagedImporter(ComponentInfo info, Importer importer, RowKind kind, SafeInvoker invoker) {
        this.info = info;
        this.importer = importer;
        this.kind = kind;
        this.invoker = invoker;
    }

    /**
     * @return the importer's configured name
     */
    public String name() {
        return info.name();
    }

    /**
     * @return its factory, plugin, settings and masked configuration
     */
    public ComponentInfo info() {
        return info;
    }

    /**
     * @return what its rows describe
     */
    public RowKind kind() {
        return kind;
    }

    /**
     * Streams every row the plugin produces to {@code rows}. If the run fails or times out, the rows
     * handed over before stay handed over (the host applies them idempotently, so a re-run is safe).
     *
     * @param rows receives each row; an exception it throws aborts the run and is reported in the outcome
     * @return the number of rows handed over, or the failure
     */
    public CallOutcome<Long> read(Consumer<Map<String, String>> rows) {
        Objects.requireNonNull(rows, "rows");
        AtomicLong count = new AtomicLong();
        return invoker.call(() -> {
            importer.read(row -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("the import was cancelled");
                }
                rows.accept(Map.copyOf(row));
                count.incrementAndGet();
            });
            return count.get();
        });
    }

    void close() {
        invoker.close();
    }
}
