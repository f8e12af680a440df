package io.insurcrm.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7GeneratorTest {

    @Test
    void carriesVersionSevenVariantTwoAndTheClockMillis() {
        Instant t = Instant.parse("2026-11-24T10:15:30.123Z");
        UUID id = new UuidV7Generator(Clock.fixed(t, ZoneOffset.UTC)).next();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(t.toEpochMilli(), id.getMostSignificantBits() >>> 16);
    }

    @Test
    void idsMadeInTheSameMillisecondStillSortInCreationOrder() {
        UuidV7Generator gen = new UuidV7Generator(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(gen.next());
        }
        assertEquals(10_000, new HashSet<>(ids).size());
        for (int i = 1; i < ids.size(); i++) {
            // compare as unsigned 64-bit: the time-and-counter half must never go backwards
            assertTrue(Long.compareUnsigned(ids.get(i - 1).getMostSignificantBits(),
                    ids.get(i).getMostSignificantBits()) < 0, "id " + i + " sorts before its predecessor");
        }
    }
}
