package io.insurcrm.core.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.policy.ProductLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CellsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static String ruleOf(Cells.Parser parser, String raw) {
        return assertThrows(ValidationException.class, () -> parser.parse(raw)).violations().get(0).rule();
    }

    @Test
    void booleansAcceptTheUsualSpellings() {
        for (String t : new String[] {"true", "TRUE", "1", "y", "Y", "yes"}) {
            assertEquals(Boolean.TRUE, Cells.BOOLEAN.parse(t), t);
        }
        for (String f : new String[] {"false", "0", "n", "N", "No"}) {
            assertEquals(Boolean.FALSE, Cells.BOOLEAN.parse(f), f);
        }
        assertEquals("boolean", ruleOf(Cells.BOOLEAN, "maybe"));
    }

    @Test
    void enumsByNameInAnyCase() {
        Cells.Parser p = Cells.enumOf(ProductLine.class);
        assertEquals(ProductLine.CRITICAL_ILLNESS, p.parse("critical-illness"));
        assertEquals(ProductLine.AUTO, p.parse("Auto"));
        ValidationException e = assertThrows(ValidationException.class, () -> p.parse("boat"));
        assertEquals("enum", e.violations().get(0).rule());
        assertEquals(false, e.getMessage().contains("boat"));
    }

    @Test
    void instantsAsIsoOrLocalDateTimeInTheZone() {
        Cells.Parser p = Cells.instant(SHANGHAI);
        assertEquals(Instant.parse("2026-01-31T01:30:00Z"), p.parse("2026-01-31T09:30:00"));
        assertEquals(Instant.parse("2026-01-31T01:30:00Z"), p.parse("2026-01-31 09:30:00"));
        assertEquals(Instant.parse("2026-01-31T09:30:00Z"), p.parse("2026-01-31T09:30:00Z"));
        assertEquals(Instant.parse("2026-01-31T14:30:00Z"), p.parse("2026-01-31T09:30:00-05:00"));
        assertEquals("date-time", ruleOf(p, "31/01/2026 09:30"));
    }

    /** The digit fast paths answer exactly as the ISO formatters do, valid or not, at every edge. */
    @Test
    void fastDateAndDateTimePathsAgreeWithTheFormatters() {
        String[] dates = {"2024-02-29", "2023-02-29", "2026-04-31", "2026-12-31", "2026-13-01", "2026-00-10",
            "2026-01-00", "0000-01-01", "9999-12-31", "2026-1-01", "2026/01/01", "２０２６-01-01", "+2026-01-0"};
        for (String d : dates) {
            Object expected;
            try {
                expected = LocalDate.parse(d);
            } catch (java.time.DateTimeException e) {
                expected = "date";
            }
            Object actual;
            try {
                actual = Cells.DATE.parse(d);
            } catch (ValidationException e) {
                actual = e.violations().get(0).rule();
            }
            assertEquals(expected, actual, d);
        }
        Cells.Parser p = Cells.instant(SHANGHAI);
        assertEquals(Instant.parse("2024-02-29T15:59:59Z"), p.parse("2024-02-29T23:59:59"));
        assertEquals(Instant.parse("2024-02-29T23:59:59Z"), p.parse("2024-02-29T23:59:59z"));
        assertEquals(Instant.parse("2026-01-31T01:30:00.500Z"), p.parse("2026-01-31T09:30:00.5"));
        for (String bad : new String[] {"2023-02-29T10:00:00", "2026-01-31T24:00:00", "2026-01-31T09:60:00",
            "2026-01-31T09:30:60", "2026-01-31X09:30:00", "2026-01-31T9:30:00Z"}) {
            assertEquals("date-time", ruleOf(p, bad), bad);
        }
    }

    @Test
    void datesDecimalsAndIntegers() {
        assertEquals(LocalDate.of(2026, 2, 28), Cells.DATE.parse("2026-02-28"));
        assertEquals("date", ruleOf(Cells.DATE, "2026-02-30"));
        assertEquals(new BigDecimal("1234.50"), Cells.DECIMAL.parse("1234.50"));
        assertEquals("decimal", ruleOf(Cells.DECIMAL, "1,234.50"));
        assertEquals(3, Cells.INTEGER.parse("3"));
        assertEquals("integer", ruleOf(Cells.INTEGER, "3.5"));
        assertEquals("currency", ruleOf(Cells.CURRENCY, "XXQ"));
    }

    @Test
    void keySetFindsRepeatsAcrossGrowth() {
        KeySet keys = new KeySet();
        for (int i = 0; i < 50_000; i++) {
            assertEquals(true, keys.add("N:" + i));
        }
        for (int i = 0; i < 50_000; i += 997) {
            assertEquals(false, keys.add("N:" + i));
        }
        assertEquals(true, keys.add("O:1"));
    }
}
