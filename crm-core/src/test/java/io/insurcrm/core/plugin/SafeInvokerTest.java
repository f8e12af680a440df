package io.insurcrm.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.plugin.CallOutcome.Failure;
import io.insurcrm.core.plugin.CallOutcome.FailureKind;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SafeInvokerTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private final SafeInvoker invoker = new SafeInvoker("channel 'sms'", 1, Duration.ofSeconds(10), null);
    /** For the timeout tests only: a short timeout would make the other tests flaky on a loaded machine. */
    private final SafeInvoker impatient = new SafeInvoker("channel 'fax'", 1, Duration.ofMillis(150), null);

    @AfterEach
    void cleanUp() {
        release.countDown();
        invoker.close();
        impatient.close();
    }

    @Test
    void aValueComesBackAsASuccess() {
        CallOutcome<String> o = invoker.call(() -> "sent");
        assertTrue(o.succeeded());
        assertEquals(Optional.of("sent"), o.value());
        assertEquals("sent", ((CallOutcome.Success<String>) o).result());
    }

    @Test
    void exceptionsAndErrorsBecomeFailuresAndNeverPropagate() {
        Failure<Object> e = (Failure<Object>) invoker.call(() -> {
            throw new IllegalStateException("gateway said no");
        }, Duration.ofSeconds(5), t -> false);
        assertEquals(new Failure<>(FailureKind.THREW, false, "IllegalStateException", "gateway said no", e.elapsed()), e);
        Failure<Object> err = (Failure<Object>) invoker.callInline(() -> {
            throw new AssertionError();
        }, t -> true);
        assertEquals("AssertionError", err.errorType());
        assertEquals("", err.message());
        assertTrue(err.retryable());
        assertEquals(FailureKind.INVALID_RESULT, ((Failure<Object>) invoker.call(() -> null)).kind());
        assertEquals(3, invoker.failureCount());
    }

    @Test
    void aClassifierThatThrowsCountsAsRetryable() {
        Failure<Object> f = (Failure<Object>) invoker.callInline(() -> {
            throw new IllegalStateException("x");
        }, t -> {
            throw new UnsupportedOperationException();
        });
        assertTrue(f.retryable());
    }

    @Test
    void longMessagesAreCutTo500Characters() {
        Failure<Object> f = (Failure<Object>) invoker.callInline(() -> {
            throw new IllegalStateException("x".repeat(2000));
        }, t -> false);
        assertEquals(500, f.message().length());
        assertTrue(f.message().endsWith("..."));
    }

    @Test
    void aCallThatIgnoresInterruptsStillReturnsOnTimeAndHoldsOnlyItsOwnSlot() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CallOutcome<String> first = impatient.call(() -> {
            entered.countDown();
            while (true) {
                try {
                    release.await();
                    return "finally";
                } catch (InterruptedException ignored) {
                    // a badly behaved plugin: swallows the interrupt and keeps waiting
                }
            }
        });
        assertTrue(entered.await(5, TimeUnit.SECONDS));
        assertEquals(FailureKind.TIMED_OUT, ((Failure<String>) first).kind());
        // The single slot is still held by the stubborn call: the next one queues and times out too,
        // on its own clock, without the caller ever blocking past the timeout.
        CallOutcome<String> second = impatient.call(() -> "queued");
        assertEquals(FailureKind.TIMED_OUT, ((Failure<String>) second).kind());
        SafeInvoker other = new SafeInvoker("channel 'email'", 1, Duration.ofSeconds(5), null);
        try {
            assertEquals(Optional.of("independent"), other.call(() -> "independent").value(),
                    "another component's pool is unaffected");
        } finally {
            other.close();
        }
    }

    @Test
    void callsAfterCloseAreRejected() {
        invoker.close();
        Failure<String> f = (Failure<String>) invoker.call(() -> "late");
        assertEquals(FailureKind.REJECTED, f.kind());
        assertTrue(f.retryable());
        assertEquals("REJECTED busy: the plugin host is closed", f.describe());
    }

    @Test
    void pluginThreadsAreNamedDaemonsWithThePluginsClassLoader() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[0], getClass().getClassLoader())) {
            SafeInvoker withLoader = new SafeInvoker("event-listener 'crm-feed'", 2, Duration.ofSeconds(5), loader);
            AtomicReference<Thread> thread = new AtomicReference<>();
            try {
                withLoader.call(() -> {
                    thread.set(Thread.currentThread());
                    return "ok";
                });
            } finally {
                withLoader.close();
            }
            assertEquals("insurcrm-plugin-event-listener-crm-feed-1", thread.get().getName());
            assertTrue(thread.get().isDaemon());
            assertSame(loader, thread.get().getContextClassLoader());
        }
    }

    @Test
    void inlineCallsRunOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        CallOutcome<Boolean> o = invoker.callInline(() -> Thread.currentThread() == caller, t -> false);
        assertEquals(Optional.of(true), o.value());
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
