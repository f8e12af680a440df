package io.insurcrm.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    }
}
