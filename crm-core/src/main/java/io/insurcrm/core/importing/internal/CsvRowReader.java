package io.insurcrm.core.importing.internal;

import io.insurcrm.core.importing.RowError;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small streaming RFC 4180 reader: a header row, fields separated by commas, records ended by
 * CRLF, LF or CR; a field in double quotes may hold commas, line breaks and doubled quotes
 * ({@code ""}). A leading UTF-8 byte order mark is dropped. Tolerances beyond the RFC: a quote
 * inside an unquoted field is kept literally (dirty exports do that), empty lines are skipped, and
 * values are stripped of surrounding white space (blank means absent).
 *
 * <p>Problems with one record become a {@link RowError} on that record's first line and reading
 * goes on: a record with more or fewer fields than the header ({@code column-count}), text after a
 * closing quote ({@code csv-quote}), a quote still open at the end of the input ({@code csv-quote}).
 * A record longer than {@link #MAX_RECORD_CHARS} (almost always a quote opened by mistake that
 * swallows the rest of the file) is reported ({@code record-too-long}) and ends the reading, since
 * there is no reliable point to resume from.
 *
 * <p>Memory is one record at a time plus an 8 KB buffer.
 */
final class CsvRowReader implements RowReader {
    static final int MAX_RECORD_CHARS = 1 << 20;
    private static final int EOF = -1;

    private final Reader in;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    /** Pushed-back character, or -2 for none. */
    private int pending = -2;
    private long line = 1;
    private boolean finished;

    private final List<String> header;
    private final Set<String> headerSet;

    CsvRowReader(Reader in) throws IOException {
        this.in = in;
        int first = read();
        if (first != '\uFEFF' && first != EOF) {
            pending = first;
        }
        Record h = readRecord();
        if (h == null) {
            header = List.of();
        } else {
            List<String> names = new ArrayList<>(h.fields.size());
            for (String f : h.fields) {
                names.add(RowReader.normaliseColumn(f));
            }
            header = Collections.unmodifiableList(names);
        }
        headerSet = Collections.unmodifiableSet(new LinkedHashSet<>(header));
    }

    @Override
    public List<String> columns() {
        return header;
    }

    @Override
    public SourceRow next() throws IOException {
        Record r = readRecord();
        if (r == null) {
            return null;
        }
        if (r.error != null) {
            return SourceRow.bad(r.line, r.error);
        }
        if (r.fields.size() != header.size()) {
            return SourceRow.bad(r.line, new RowError(r.line, ROW, "column-count",
                    "has " + r.fields.size() + " fields but the header has " + header.size()));
        }
        Map<String, String> values = new HashMap<>(header.size() * 2);
        for (int i = 0; i < header.size(); i++) {
            String v = RowReader.blankToNull(r.fields.get(i));
            if (v != null) {
                values.put(header.get(i), v);
            }
        }
        return SourceRow.of(r.line, values, headerSet);
    }

    private record Record(long line, List<String> fields, RowError error) {
    }

    /** Reads the next non-empty record, or {@code null} at the end. */
    private Record readRecord() throws IOException {
        while (!finished) {
            long start = line;
            int c = read();
            if (c == EOF) {
                finished = true;
                return null;
            }
            if (c == '\n' || c == '\r') { // an empty line
                endOfLine(c);
                continue;
            }
            pending = c;
            return readFields(start);
        }
        return null;
    }

    private Record readFields(long start) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        RowError error = null;
        int total = 0;
        while (true) {
            int c = read();
            if (c == '"' && field.length() == 0) {
                // quoted field
                while (true) {
                    c = read();
                    if (c == EOF) {
                        fields.add(field.toString());
                        finished = true;
                        return new Record(start, fields, new RowError(start, ROW, "csv-quote",
                                "a quoted field is not closed before the end of the input"));
                    }
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            field.append('"');
                        } else {
                            pending = d;
                            break;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        } else if (c == '\r') {
                            int d = read();
                            if (d != '\n') {
                                pending = d;
                            } else {
                                field.append('\r');
                                c = '\n';
                            }
                            line++;
                        }
                        field.append((char) c);
                    }
                    if (++total > MAX_RECORD_CHARS) {
                        return tooLong(start);
                    }
                }
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != EOF && error == null) {
                    error = new RowError(start, ROW, "csv-quote",
                            "field " + (fields.size() + 1) + " has text after its closing quote");
                }
                // keep what follows literally, up to the next separator
                while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    field.append((char) c);
                    if (++total > MAX_RECORD_CHARS) {
                        return tooLong(start);
                    }
                    c = read();
                }
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    field.append((char) c);
                    if (++total > MAX_RECORD_CHARS) {
                        return tooLong(start);
                    }
                    c = read();
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c == ',') {
                continue;
            }
            if (c == EOF) {
                finished = true;
            } else {
                endOfLine(c);
            }
            return new Record(start, fields, error);
        }
    }

    private Record tooLong(long start) {
        finished = true;
        return new Record(start, List.of(), new RowError(start, ROW, "record-too-long",
                "is longer than " + MAX_RECORD_CHARS + " characters (an unclosed quote?); reading stopped here"));
    }

    /** Consumes the LF of a CRLF and counts the line. */
    private void endOfLine(int c) throws IOException {
        if (c == '\r') {
            int d = read();
            if (d != '\n') {
                pending = d;
            }
        }
        line++;
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return EOF;
            }
        }
        return buf[pos++];
    }
}
