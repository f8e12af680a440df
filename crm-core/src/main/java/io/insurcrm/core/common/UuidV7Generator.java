package io.insurcrm.core.common;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Time-ordered UUID version 7 (RFC 9562 §5.7): 48 bits of Unix milliseconds, then a 12-bit
 * counter in {@code rand_a} (method 1 of §6.2) so ids made within one millisecond still sort in
 * creation order, then 62 random bits. Monotonic within one generator even if the clock steps back.
 */
public final class UuidV7Generator implements IdGenerator {
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ReentrantLock lock = new ReentrantLock();
    private long lastMillis = -1;
    private int counter;

    public UuidV7Generator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public UUID next() {
        long millis;
        int seq;
        lock.lock();
        try {
            millis = Math.max(clock.millis(), lastMillis);
            if (millis == lastMillis) {
                counter++;
                if (counter > 0xFFF) {
                    millis++;
                    counter = 0;
                }
            } else {
                counter = random.nextInt(0x200); // random start, leaves room to count up
            }
            lastMillis = millis;
            seq = counter;
        } finally {
            lock.unlock();
        }
        long msb = (millis << 16) | 0x7000L | seq;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
