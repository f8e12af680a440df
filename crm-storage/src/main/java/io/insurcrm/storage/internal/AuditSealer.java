package io.insurcrm.storage.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's background sealer: one daemon thread, started on the first request, that runs the
 * seal the stagers ask for, so no reader pays for sealing staged reads into the audit chain. Requests
 * made while a seal is queued are merged into it (a seal takes everything committed by then).
 * A failed seal is logged without details (the records stay staged; the next seal takes them).
 * Closed with the store, before its pool: a queued or running seal is finished first (so a store
 * closed right after a burst of reads leaves nothing staged that was asked to be sealed).
 */
final class AuditSealer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);
    /** How long {@link #close} waits for a queued or running seal. */
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private ExecutorService thread; // guarded by this

    /** Asks for {@code seal} to run on the sealer thread, unless a seal is already queued (or the store is closed). */
    void request(Runnable seal) {
        if (closed.get() || !queued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor().execute(() -> {
                queued.set(false);
                try {
                    seal.run();
                } catch (RuntimeException e) {
                    LOG.warn("background audit seal failed ({}); the staged reads stay staged for the next seal",
                            e.getClass().getSimpleName());
                }
            });
        } catch (RejectedExecutionException e) {
            queued.set(false); // closed meanwhile
        }
    }

    private synchronized ExecutorService executor() {
        if (closed.get()) {
            throw new RejectedExecutionException("closed");
        }
        if (thread == null) {
            thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "insurcrm-audit-sealer");
                t.setDaemon(true);
                return t;
            });
        }
        return thread;
    }

    @Override
    public void close() {
        ExecutorService t;
        synchronized (this) {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            t = thread;
        }
        if (t == null) {
            return;
        }
        t.shutdown();
        try {
            if (!t.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                t.shutdownNow();
            }
        } catch (InterruptedException e) {
            t.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
