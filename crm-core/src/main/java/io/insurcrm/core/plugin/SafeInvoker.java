package io.insurcrm.core.plugin;

import io.insurcrm.core.plugin.CallOutcome.Failure;
import io.insurcrm.core.plugin.CallOutcome.FailureKind;
import io.insurcrm.core.plugin.CallOutcome.Success;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls plugin code so that it cannot break or stall the core. Every call runs on this invoker's
 * own bounded pool (a bulkhead per component: at most {@code maxConcurrency} calls at once, a short
 * queue, then {@link FailureKind#REJECTED}), is cut off after its timeout (the future is cancelled,
 * which interrupts the plugin's thread), and ends in a {@link CallOutcome}: exceptions and errors
 * thrown by the plugin are translated, never propagated.
 *
 * <p>A plugin that ignores interruption keeps its thread; it then holds one of the component's
 * slots, and once every slot is held further calls are rejected at once instead of piling up
 * threads. The pool's threads are daemons, so a hung plugin never stops the JVM from exiting, and
 * their context class loader is the plugin's.
 *
 * <p>{@link #callInline} runs on the caller's thread with exception translation but no timeout:
 * for pure, fast rule evaluations on the hot path of a streamed analytics run, where a thread hop
 * per customer would cost more than the rule.
 *
 * <p>Logs name the component and the failure kind and exception type; never the exception's
 * message, which is plugin-written and kept only in the outcome. Failures are logged at the 1st,
 * 2nd, 4th, 8th… occurrence, so a rule failing on every customer does not flood the log.
 */
public final class SafeInvoker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SafeInvoker.class);

    private final String label;
    private final Duration timeout;
    private final ThreadPoolExecutor executor;
    private final AtomicLong failures = new AtomicLong();

    /**
     * Creates an invoker with its own pool.
     *
     * @param label          names the component in logs and thread names, e.g. {@code channel 'email'}
     * @param maxConcurrency calls that may run at once, at least 1
     * @param timeout        how long one call may take
     * @param pluginLoader   the class loader of the plugin, set as the context class loader of the pool's threads
     */
    public SafeInvoker(String label, int maxConcurrency, Duration timeout, ClassLoader pluginLoader) {
        this.label = Objects.requireNonNull(label, "label");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1");
        }
        this.executor = new ThreadPoolExecutor(maxConcurrency, maxConcurrency, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(maxConcurrency * 8), threads(label, pluginLoader),
                new ThreadPoolExecutor.AbortPolicy());
        this.executor.allowCoreThreadTimeOut(true);
    }

    private static ThreadFactory threads(String label, ClassLoader loader) {
        String prefix = "insurcrm-plugin-" + label.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-+$", "") + "-";
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            if (loader != null) {
                t.setContextClassLoader(loader);
            }
            return t;
        };
    }

    /**
     * @return the timeout of {@link #call(Callable)}
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * @return how many calls have failed so far, of every kind
     */
    public long failureCount() {
        return failures.get();
    }

    /**
     * Calls plugin code with this invoker's timeout; every exception counts as retryable.
     *
     * @param call the plugin call
     * @param <T>  its result type
     * @return the outcome
     */
    public <T> CallOutcome<T> call(Callable<T> call) {
        return call(call, timeout, e -> true);
    }

    /**
     * Calls plugin code on the pool with a timeout.
     *
     * @param call      the plugin call
     * @param timeout   how long to wait for it
     * @param retryable tells, for an exception the plugin threw, whether a later attempt may succeed
     * @param <T>       its result type
     * @return the outcome; a timeout, a rejection and an interruption of the caller count as retryable
     */
    public <T> CallOutcome<T> call(Callable<T> call, Duration timeout, Predicate<Throwable> retryable) {
        long start = System.nanoTime();
        Future<T> future;
        try {
            future = executor.submit(call);
        } catch (RejectedExecutionException e) {
            return failed(FailureKind.REJECTED, true, "busy", executor.isShutdown() ? "the plugin host is closed"
                    : "all " + executor.getMaximumPoolSize() + " slots busy and the queue full", start, null);
        }
        try {
            T value = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return succeeded(value, start);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failed(FailureKind.TIMED_OUT, true, "timeout", "no answer within " + timeout, start, null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failed(FailureKind.REJECTED, true, "interrupted", "the calling thread was interrupted", start, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return threw(cause, retryable, start);
        }
    }

    /**
     * Runs {@code each} over a batch on this component's threads with its {@code call-timeout} for the
     * whole batch. One item's failure stays that item's outcome; a timeout or rejection of the batch
     * fails every item with the batch's failure.
     *
     * @param batch the items, in order
     * @param each  the per-item call, usually translating its own exceptions
     * @return one outcome per item, in the batch's order
     */
    public <T, R> List<CallOutcome<R>> callBatch(List<T> batch, Function<T, CallOutcome<R>> each) {
        List<T> copy = List.copyOf(batch);
        CallOutcome<List<CallOutcome<R>>> all = call(() -> {
            List<CallOutcome<R>> out = new ArrayList<>(copy.size());
            for (T item : copy) {
                out.add(each.apply(item));
            }
            return out;
        }, timeout(), t -> false);
        if (all instanceof Success<List<CallOutcome<R>>> ok) {
            return ok.result();
        }
        Failure<?> failure = (Failure<?>) all;
        List<CallOutcome<R>> failed = new ArrayList<>(copy.size());
        for (int i = 0; i < copy.size(); i++) {
            failed.add(new Failure<>(failure.kind(), failure.retryable(), failure.errorType(), failure.message(),
                    failure.elapsed()));
        }
        return failed;
    }

    /**
     * Calls plugin code on the caller's thread, translating exceptions; no timeout.
     *
     * @param call      the plugin call
     * @param retryable tells, for an exception the plugin threw, whether a later attempt may succeed
     * @param <T>       its result type
     * @return the outcome
     */
    public <T> CallOutcome<T> callInline(Callable<T> call, Predicate<Throwable> retryable) {
        long start = System.nanoTime();
        try {
            return succeeded(call.call(), start);
        } catch (Throwable t) {
            return threw(t, retryable, start);
        }
    }

    private <T> CallOutcome<T> succeeded(T value, long start) {
        if (value == null) {
            return failed(FailureKind.INVALID_RESULT, false, "null", "the plugin returned null", start, null);
        }
        return new Success<>(value, Duration.ofNanos(System.nanoTime() - start));
    }

    private <T> CallOutcome<T> threw(Throwable t, Predicate<Throwable> retryable, long start) {
        if (t instanceof VirtualMachineError) {
            LOG.error("{}: the plugin raised {}", label, t.getClass().getName());
        }
        boolean retry;
        try {
            retry = retryable.test(t);
        } catch (RuntimeException e) {
            retry = true;
        }
        String message = t.getMessage() == null ? "" : t.getMessage();
        return failed(FailureKind.THREW, retry, t.getClass().getSimpleName(), message, start, t);
    }

    /**
     * Records and logs a failure (also for failures the caller detects itself, e.g. an invalid result).
     */
    <T> Failure<T> failed(FailureKind kind, boolean retryable, String errorType, String message, long start,
            Throwable cause) {
        long n = failures.incrementAndGet();
        if (Long.bitCount(n) == 1) {
            LOG.warn("{}: call failed ({} {}, retryable {}); {} failure(s) so far", label, kind, errorType, retryable, n);
        }
        if (cause != null && LOG.isDebugEnabled()) {
            LOG.debug(label + ": failure detail", cause);
        }
        return new Failure<>(kind, retryable, errorType, message, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Stops the pool, interrupting running calls; calls made afterwards are rejected. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
