package io.insurcrm.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MicrosecondClockTest {

    @Test
    void truncatesToMicrosecondsAndStillAnswersMillis() {
        Clock clock = new MicrosecondClock(Clock.fixed(Instant.parse("2026-11-24T10:15:30.123456789Z"), ZoneOffset.UTC));
        assertEquals(Instant.parse("2026-11-24T10:15:30.123456Z"), clock.instant());
        assertEquals(Instant.parse("2026-11-24T10:15:30.123Z").toEpochMilli(), clock.millis());
    }
}
