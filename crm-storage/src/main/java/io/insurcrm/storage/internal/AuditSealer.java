package io.insurcrm.storage.internal;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's background sealer: one daemon thread, started on the first request, that runs the
 * seal the stagers ask for, so no reader pays for sealing staged reads into the audit chain. Requests
 * made while a seal is queued are merged into it (a seal takes everything committed by then), and so
 * are deferred requests ({@link #requestWithin}) and seals waiting for a pause
 * ({@link #requestWhenQuiet}) while one of their kind is pending.
 * A failed seal is logged without details (the records stay staged; the next seal takes them).
 * Closed with the store, before its pool: a queued or running seal is finished first (so a store
 * closed right after a burst of reads leaves nothing staged that was asked to be sealed), then the
 * last seal given to {@link #finallyRun} runs on the closing thread.
 */
final class AuditSealer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);
    /** How long {@link #close} waits for a queued or running seal. */
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean deferred = new AtomicBoolean();
    private final AtomicBoolean waitingForQuiet = new AtomicBoolean();
    /** {@link System#nanoTime} of the latest {@link #requestWhenQuiet}. */
    private volatile long lastQuietRequest;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final long writeBehindMillis;
    private ScheduledThreadPoolExecutor thread; // guarded by this
    private volatile Runnable last;

    /** A sealer for staged reads only: every read in clear is written by its reader. */
    AuditSealer() {
        this(0);
    }

    /**
     * @param writeBehindMillis above 0: reads in clear are kept in memory by the audit repository
     *        and written by this thread at the latest this long after the first of them (see
     *        {@link JooqAuditRepository}); 0: each reader writes its own
     */
    AuditSealer(long writeBehindMillis) {
        if (writeBehindMillis < 0) {
            throw new IllegalArgumentException("writeBehindMillis must be >= 0");
        }
        this.writeBehindMillis = writeBehindMillis;
    }

    /** The longest a read in clear waits in memory before this thread writes it; 0 if reads are not kept in memory. */
    long writeBehindMillis() {
        return writeBehindMillis;
    }

    /** The seal to run once more when the store closes, after the thread has finished (the last writer of kept reads). */
    void finallyRun(Runnable seal) {
        this.last = seal;
    }

    /** Asks for {@code seal} to run on the sealer thread, unless a seal is already queued (or the store is closed). */
    void request(Runnable seal) {
        submit(queued, 0, seal);
    }

    /**
     * Asks for {@code seal} to run on the sealer thread within {@code millis}, unless such a deferred
     * seal is already pending (or the store is closed).
     */
    void requestWithin(long millis, Runnable seal) {
        submit(deferred, millis, seal);
    }

    /**
     * Asks for {@code seal} to run on the sealer thread once no such request has come for
     * {@code quietMillis}, and at the latest {@code withinMillis} after the first request since the
     * last such seal began: background work waits for a pause in the reads that ask for it, and a
     * steady stream of them still gets it done.
     */
    void requestWhenQuiet(long quietMillis, long withinMillis, Runnable seal) {
        long now = System.nanoTime();
        lastQuietRequest = now;
        if (waitingForQuiet.get() || closed.get() || !waitingForQuiet.compareAndSet(false, true)) {
            return;
        }
        long quietNanos = TimeUnit.MILLISECONDS.toNanos(quietMillis);
        long withinNanos = TimeUnit.MILLISECONDS.toNanos(withinMillis);
        schedule(Math.min(quietNanos, withinNanos), quietNanos, now + withinNanos, seal);
    }

    /** Checks, after {@code delayNanos}, whether the reads have paused or {@code latest} has passed. */
    private void schedule(long delayNanos, long quietNanos, long latest, Runnable seal) {
        try {
            executor().schedule(() -> {
                long now = System.nanoTime();
                long due = Math.min(lastQuietRequest + quietNanos, latest);
                if (now - due < 0) {
                    schedule(due - now, quietNanos, latest, seal);
                } else {
                    waitingForQuiet.set(false);
                    run(seal);
                }
            }, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            waitingForQuiet.set(false); // closed meanwhile
        }
    }

    /** Schedules {@code seal} unless {@code pending} says one of its kind is already waiting to run. */
    private void submit(AtomicBoolean pending, long millis, Runnable seal) {
        if (closed.get() || !pending.compareAndSet(false, true)) {
            return;
        }
        try {
            // a task due now (millis 0) still runs after shutdown; only a deferred one is dropped
            executor().schedule(() -> {
                pending.set(false);
                run(seal);
            }, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            pending.set(false); // closed meanwhile
        }
    }

    private static void run(Runnable seal) {
        try {
            seal.run();
        } catch (RuntimeException e) {
            LOG.warn("background audit seal failed ({}); the staged reads stay staged for the next seal",
                    e.getClass().getSimpleName());
        }
    }

    private synchronized ScheduledThreadPoolExecutor executor() {
        if (closed.get()) {
            throw new RejectedExecutionException("closed");
        }
        if (thread == null) {
            thread = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "insurcrm-audit-sealer");
                t.setDaemon(true);
                return t;
            });
            // on close, a deferred seal is not waited for: the last seal (finallyRun) takes its records
            thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        }
        return thread;
    }

    @Override
    public void close() {
        ScheduledThreadPoolExecutor t;
        synchronized (this) {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            t = thread;
        }
        if (t != null) {
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
        Runnable seal = last;
        if (seal != null) {
            run(seal);
        }
    }
}
