package io.insurcrm.core.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.importing.RowError;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvRowReaderTest {

    private static List<SourceRow> readAll(CsvRowReader reader) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow r = reader.next(); r != null; r = reader.next()) {
            rows.add(r);
        }
        return rows;
    }

    private static CsvRowReader reader(String text) throws IOException {
        return new CsvRowReader(new StringReader(text));
    }

    @Test
    void readsHeaderAndRowsStrippingValuesAndDroppingBlanks() throws IOException {
        CsvRowReader r = reader("Code , name,region\nGD,  Guangdong ,\nSZ,Shenzhen,South\n");
        assertEquals(List.of("code", "name", "region"), r.columns());
        List<SourceRow> rows = readAll(r);
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals(Map.of("code", "GD", "name", "Guangdong"), rows.get(0).values());
        assertEquals(Set.of("code", "name", "region"), rows.get(0).supplied());
        assertEquals(3, rows.get(1).line());
        assertEquals("South", rows.get(1).value("region"));
    }

    @Test
    void quotedFieldsKeepCommasAndDoubledQuotes() throws IOException {
        List<SourceRow> rows = readAll(reader("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"\"\n"));
        assertEquals(1, rows.size());
        assertEquals("x, y", rows.get(0).value("a"));
        assertEquals("say \"hi\"", rows.get(0).value("b"));
        assertNull(rows.get(0).value("c"));
        assertTrue(rows.get(0).supplied().contains("c"));
    }

    @Test
    void embeddedNewlinesKeepTheRowTogetherAndLaterLineNumbersRight() throws IOException {
        String text = "id,summary\r\n1,\"first line\r\nsecond line\nthird\"\r\n2,plain\r\n\"3\",\"x\"";
        List<SourceRow> rows = readAll(reader(text));
        assertEquals(3, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("first line\r\nsecond line\nthird", rows.get(0).value("summary"));
        assertEquals(5, rows.get(1).line());
        assertEquals("plain", rows.get(1).value("summary"));
        assertEquals(6, rows.get(2).line());
        assertEquals("3", rows.get(2).value("id"));
    }

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        CsvRowReader r = reader("\uFEFFcode,name\nGD,Guangdong\n");
        assertEquals(List.of("code", "name"), r.columns());
        assertEquals("GD", readAll(r).get(0).value("code"));
    }

    @Test
    void raggedRowsBecomeRowErrorsAndReadingGoesOn() throws IOException {
        List<SourceRow> rows = readAll(reader("a,b\n1\n1,2,3\n4,5\n"));
        assertEquals(3, rows.size());
        assertEquals(List.of(new RowError(2, "row", "column-count", "has 1 fields but the header has 2")),
                rows.get(0).errors());
        assertEquals("column-count", rows.get(1).errors().get(0).rule());
        assertEquals(3, rows.get(1).errors().get(0).line());
        assertFalse(rows.get(2).isBad());
        assertEquals("5", rows.get(2).value("b"));
    }

    @Test
    void emptyLinesAreSkippedButCounted() throws IOException {
        List<SourceRow> rows = readAll(reader("a\n\n1\n\r\n\n2\n\n"));
        assertEquals(2, rows.size());
        assertEquals(3, rows.get(0).line());
        assertEquals(6, rows.get(1).line());
    }

    @Test
    void unclosedQuoteIsReportedOnTheLineWhereTheRowStarts() throws IOException {
        List<SourceRow> rows = readAll(reader("a,b\n1,2\n3,\"never closed\n4,5\n"));
        assertEquals(2, rows.size());
        assertFalse(rows.get(0).isBad());
        RowError e = rows.get(1).errors().get(0);
        assertEquals(3, e.line());
        assertEquals("csv-quote", e.rule());
    }

    @Test
    void textAfterAClosingQuoteIsAnError() throws IOException {
        List<SourceRow> rows = readAll(reader("a,b\n\"x\"y,2\n3,4\n"));
        assertEquals("csv-quote", rows.get(0).errors().get(0).rule());
        assertEquals("4", rows.get(1).value("b"));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKeptLiterally() throws IOException {
        List<SourceRow> rows = readAll(reader("a,b\n5'10\",x\n"));
        assertEquals("5'10\"", rows.get(0).value("a"));
    }

    @Test
    void lastRowWithoutNewlineAndEmptyInput() throws IOException {
        assertEquals("2", readAll(reader("a\n1\n2")).get(1).value("a"));
        CsvRowReader empty = reader("");
        assertEquals(List.of(), empty.columns());
        assertNull(empty.next());
    }

    @Test
    void aRunawayQuoteStopsReadingWithOneError() throws IOException {
        StringBuilder text = new StringBuilder("a\n\"");
        text.append("x".repeat(CsvRowReader.MAX_RECORD_CHARS + 10)).append("\n1\n");
        List<SourceRow> rows = readAll(reader(text.toString()));
        assertEquals(1, rows.size());
        assertEquals("record-too-long", rows.get(0).errors().get(0).rule());
    }

    @Test
    void streamsAMillionRowsWithoutHoldingThem() throws IOException {
        int total = 1_000_000;
        Reader generated = new Reader() {
            private int row = -1;
            private String current = "";
            private int pos;

            @Override
            public int read(char[] cbuf, int off, int len) {
                int n = 0;
                while (n < len) {
                    if (pos == current.length()) {
                        row++;
                        if (row > total) {
                            return n == 0 ? -1 : n;
                        }
                        current = row == 0 ? "source_ref,summary\n" : "R" + row + ",\"note, " + row + "\"\n";
                        pos = 0;
                    }
                    cbuf[off + n++] = current.charAt(pos++);
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        CsvRowReader r = new CsvRowReader(generated);
        long count = 0;
        SourceRow last = null;
        for (SourceRow row = r.next(); row != null; row = r.next()) {
            count++;
            last = row;
        }
        assertEquals(total, count);
        assertEquals("note, " + total, last.value("summary"));
        assertEquals(total + 1L, last.line());
    }
}
