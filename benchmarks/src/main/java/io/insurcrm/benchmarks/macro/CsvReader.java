package io.insurcrm.benchmarks.macro;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline's CSV reader: RFC 4180 (quoted fields with commas, doubled quotes and line breaks),
 * values stripped, blank values null, as the library's importer reads them. No error reporting: the
 * benchmark's files are well formed.
 */
final class CsvReader implements AutoCloseable {
    private final BufferedReader in;
    private final Map<String, Integer> columns = new HashMap<>();
    private final StringBuilder field = new StringBuilder(64);
    private final List<String> record = new ArrayList<>(40);

    CsvReader(Reader reader) throws IOException {
        this.in = new BufferedReader(reader, 1 << 16);
        String[] header = next();
        if (header != null) {
            for (int i = 0; i < header.length; i++) {
                columns.put(header[i], i);
            }
        }
    }

    /** The index of a column, or -1 if the file does not have it. */
    int column(String name) {
        return columns.getOrDefault(name, -1);
    }

    /** The next record, or null at the end. */
    String[] next() throws IOException {
        record.clear();
        field.setLength(0);
        int c = in.read();
        while (c == '\n' || c == '\r') {
            c = in.read();
        }
        if (c == -1) {
            return null;
        }
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException("unterminated quote");
                }
                if (c == '"') {
                    int d = in.read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                endField();
            } else if (c == '\n' || c == '\r' || c == -1) {
                endField();
                return record.toArray(new String[0]);
            } else {
                field.append((char) c);
            }
            c = in.read();
        }
    }

    private void endField() {
        String s = field.toString().strip();
        record.add(s.isEmpty() ? null : s);
        field.setLength(0);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
