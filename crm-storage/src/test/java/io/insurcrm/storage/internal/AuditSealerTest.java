package io.insurcrm.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The background sealer: its own thread, merged requests, finished on close, nothing after close. */
class AuditSealerTest {

    @Test
    void runsOnItsOwnThreadMergesRequestsWhileOneIsQueuedAndFinishesOnClose() throws Exception {
        AuditSealer sealer = new AuditSealer();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> threads = new CopyOnWriteArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        Runnable seal = () -> {
            threads.add(Thread.currentThread().getName());
            runs.incrementAndGet();
            running.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        sealer.request(seal); // runs, and blocks until released
        assertTrue(running.await(10, TimeUnit.SECONDS));
        sealer.request(seal); // queued behind the running one
        sealer.request(seal); // merged into the queued one
        sealer.request(seal);
        release.countDown();
        sealer.close(); // waits for the queued seal
        assertEquals(2, runs.get());
        assertEquals(List.of("insurcrm-audit-sealer", "insurcrm-audit-sealer"), threads);

        sealer.request(seal); // closed: ignored
        sealer.close(); // twice is fine
        assertEquals(2, runs.get());
    }

    @Test
    void aFailedSealDoesNotStopTheNextOne() throws Exception {
        AuditSealer sealer = new AuditSealer();
        CountDownLatch failed = new CountDownLatch(1);
        sealer.request(() -> {
            failed.countDown();
            throw new IllegalStateException("no connection");
        });
        assertTrue(failed.await(10, TimeUnit.SECONDS));
        CountDownLatch sealed = new CountDownLatch(1);
        sealer.request(sealed::countDown); // a running seal has already cleared the queued flag
        sealer.close();
        assertEquals(0, sealed.getCount());
    }

    @Test
    void closingAnUnusedSealerStartsNoThread() {
        AuditSealer sealer = new AuditSealer();
        sealer.close();
        sealer.request(() -> {
            throw new AssertionError("must not run after close");
        });
    }

    @Test
    void aDeferredRequestRunsAfterItsDelayMergesWithOthersAndTheLastSealRunsOnClose() throws Exception {
        AuditSealer sealer = new AuditSealer(50);
        assertEquals(50, sealer.writeBehindMillis());
        AtomicInteger deferred = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        Runnable seal = () -> {
            deferred.incrementAndGet();
            ran.countDown();
        };
        sealer.requestWithin(50, seal);
        sealer.requestWithin(50, seal); // merged into the pending one
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        List<String> last = new CopyOnWriteArrayList<>();
        sealer.finallyRun(() -> last.add(Thread.currentThread().getName()));
        sealer.requestWithin(60_000, seal); // pending at close: not waited for
        sealer.close();
        assertEquals(1, deferred.get());
        assertEquals(List.of(Thread.currentThread().getName()), last, "the last seal runs once, on the closing thread");
        sealer.close();
        assertEquals(1, last.size());
    }
}
