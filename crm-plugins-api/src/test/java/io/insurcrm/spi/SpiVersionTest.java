package io.insurcrm.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpiVersionTest {

    @Test
    void hostRunsPluginsOfTheSameMajorAndAnOlderOrEqualMinor() {
        SpiVersion host = new SpiVersion(1, 3);
        assertTrue(host.canHost(new SpiVersion(1, 0)));
        assertTrue(host.canHost(new SpiVersion(1, 3)));
        assertFalse(host.canHost(new SpiVersion(1, 4)), "a plugin may need methods this host lacks");
        assertFalse(host.canHost(new SpiVersion(2, 0)));
        assertFalse(host.canHost(new SpiVersion(0, 9)));
    }

    @Test
    void parsesAndPrintsMajorDotMinor() {
        assertEquals(new SpiVersion(1, 2), SpiVersion.parse(" 1.2 "));
        assertEquals("1.2", new SpiVersion(1, 2).toString());
        assertThrows(IllegalArgumentException.class, () -> SpiVersion.parse("1.x"));
        assertThrows(IllegalArgumentException.class, () -> SpiVersion.parse("1"));
    }

    @Test
    void currentIsMadeOfTheCompileTimeConstants() {
        assertEquals(new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR), SpiVersion.CURRENT);
        assertEquals("1.0", SpiVersion.CURRENT.toString());
    }

    @Test
    void ordersByMajorThenMinor() {
        assertTrue(new SpiVersion(1, 9).compareTo(new SpiVersion(2, 0)) < 0);
        assertTrue(new SpiVersion(1, 2).compareTo(new SpiVersion(1, 1)) > 0);
    }
}
