package io.insurcrm.core.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.importing.RowError;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesRowReaderTest {

    private static List<SourceRow> readAll(JsonLinesRowReader reader) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow r = reader.next(); r != null; r = reader.next()) {
            rows.add(r);
        }
        return rows;
    }

    @Test
    void valuesOfEveryScalarTypeBecomeText() throws IOException {
        JsonLinesRowReader r = new JsonLinesRowReader(new StringReader(
                "{\"Claim_Number\":\"C1\",\"claimed_amount\":1234.50,\"paid\":12,\"litigation\":true,\"cause\":null,"
                        + "\"big\":123456789012345678901234.10,\"blank\":\"  \"}\n"));
        assertEquals(List.of("claim_number", "claimed_amount", "paid", "litigation", "cause", "big", "blank"),
                r.columns());
        SourceRow row = readAll(r).get(0);
        assertEquals(1, row.line());
        assertEquals("C1", row.value("claim_number"));
        assertEquals("1234.50", row.value("claimed_amount"));
        assertEquals("12", row.value("paid"));
        assertEquals("true", row.value("litigation"));
        assertEquals("123456789012345678901234.10", row.value("big"));
        assertNull(row.value("cause"));
        assertNull(row.value("blank"));
        assertTrue(row.supplied().contains("cause"));
        assertFalse(row.supplied().contains("status"));
    }

    @Test
    void badLinesAreRowErrorsWithTheirLineAndBlankLinesAreSkipped() throws IOException {
        String text = "\uFEFF{\"a\":\"1\"}\n\n{not json}\n[1,2]\n{\"a\":{\"nested\":1}}\n  \n{\"a\":\"2\"}\n";
        List<SourceRow> rows = readAll(new JsonLinesRowReader(new StringReader(text)));
        assertEquals(5, rows.size());
        assertEquals("1", rows.get(0).value("a"));
        assertEquals(List.of(new RowError(3, "row", "json", "is not valid JSON")), rows.get(1).errors());
        assertEquals(List.of(new RowError(4, "row", "json", "must be a JSON object")), rows.get(2).errors());
        assertEquals(new RowError(5, "a", "json-type", "must be a string, number, boolean or null"),
                rows.get(3).errors().get(0));
        assertEquals(7, rows.get(4).line());
        assertEquals("2", rows.get(4).value("a"));
    }

    @Test
    void aRepeatedKeyIsNotAcceptedAndTheMessageNeverQuotesTheData() throws IOException {
        List<SourceRow> rows = readAll(new JsonLinesRowReader(new StringReader(
                "{\"a\":\"secret-110105\",\"a\":\"2\"}\n{\"A\":\"1\",\"a\":\"2\"}\n")));
        assertEquals("json", rows.get(0).errors().get(0).rule());
        assertFalse(rows.get(0).errors().get(0).message().contains("secret"));
        assertEquals(new RowError(2, "a", "duplicate-column", "is given twice"), rows.get(1).errors().get(0));
    }

    @Test
    void emptyInputHasNoColumnsAndNoRows() throws IOException {
        JsonLinesRowReader r = new JsonLinesRowReader(new StringReader("\n\n"));
        assertEquals(List.of(), r.columns());
        assertNull(r.next());
    }
}
