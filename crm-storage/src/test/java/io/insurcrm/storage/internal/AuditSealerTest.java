package io.insurcrm.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The background sealer: its own thread, merged requests, seals that wait for a pause (or their
 * limit), finished on close, nothing after close.
 */
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
    @Test
    void aSealWaitingForQuietRunsOnceTheRequestsHaveStoppedForTheQuietTimeMergingThem() throws Exception {
        AuditSealer sealer = new AuditSealer();
        AtomicLong ranAt = new AtomicLong();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        Runnable seal = () -> {
            ranAt.set(System.nanoTime());
            runs.incrementAndGet();
            ran.countDown();
        };
        long lastRequest = 0;
        for (int i = 0; i < 20; i++) {
            lastRequest = System.nanoTime();
            sealer.requestWhenQuiet(100, 60_000, seal);
        }
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertTrue(ranAt.get() - lastRequest >= TimeUnit.MILLISECONDS.toNanos(100),
                "ran " + (ranAt.get() - lastRequest) + " ns after the last request");
        sealer.close();
        assertEquals(1, runs.get(), "the requests were merged into one seal");
    }

    @Test
    void aSteadyStreamOfRequestsGetsItsSealWithinTheLimit() throws Exception {
        AuditSealer sealer = new AuditSealer();
        CountDownLatch ran = new CountDownLatch(1);
        long first = System.nanoTime();
        // never quiet for a minute: only the limit of 200 ms can run the seal while the requests go on
        while (ran.getCount() > 0 && System.nanoTime() - first < TimeUnit.SECONDS.toNanos(10)) {
            sealer.requestWhenQuiet(60_000, 200, ran::countDown);
            LockSupport.parkNanos(1_000_000);
        }
        long waited = System.nanoTime() - first;
        sealer.close();
        assertEquals(0, ran.getCount(), "the seal ran while the requests went on");
        assertTrue(waited >= TimeUnit.MILLISECONDS.toNanos(200), "ran after " + waited + " ns");
    }

    @Test
    void aSealWaitingForQuietIsDroppedOnCloseAndTheLastSealTakesItsWork() {
        AuditSealer sealer = new AuditSealer();
        AtomicInteger quiet = new AtomicInteger();
        AtomicInteger last = new AtomicInteger();
        sealer.finallyRun(last::incrementAndGet);
        sealer.requestWhenQuiet(60_000, 60_000, quiet::incrementAndGet);
        sealer.close();
        assertEquals(0, quiet.get());
        assertEquals(1, last.get());
        sealer.requestWhenQuiet(0, 0, quiet::incrementAndGet); // closed: ignored
        assertEquals(0, quiet.get());
    }
}
