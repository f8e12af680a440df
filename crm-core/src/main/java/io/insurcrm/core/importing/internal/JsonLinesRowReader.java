package io.insurcrm.core.importing.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.insurcrm.core.importing.RowError;
import java.io.BufferedReader;
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
 * Reads JSON lines: one JSON object per line, blank lines skipped, a leading byte order mark
 * dropped. Values may be strings, numbers (kept exactly, never through a double), booleans
 * ({@code true}/{@code false}) or null (supplied but empty). A line that is not a JSON object, an
 * object with a repeated key, or a nested object or array as a value makes a {@link RowError}
 * on that line; the parser's own message is never passed on, as it may quote the data.
 *
 * <p>The first row is read ahead so that its keys can be checked before anything is written.
 */
final class JsonLinesRowReader implements RowReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private final BufferedReader in;
    private long line;
    private SourceRow ahead;
    private final List<String> columns;

    JsonLinesRowReader(Reader reader) throws IOException {
        this.in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader, 8192);
        ahead = read();
        columns = ahead == null || ahead.isBad() ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(ahead.supplied()));
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public SourceRow next() throws IOException {
        if (ahead != null) {
            SourceRow r = ahead;
            ahead = null;
            return r;
        }
        return read();
    }

    private SourceRow read() throws IOException {
        String text;
        while ((text = in.readLine()) != null) {
            line++;
            if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            if (!text.isBlank()) {
                return parse(line, text);
            }
        }
        return null;
    }

    static SourceRow parse(long line, String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return SourceRow.bad(line, new RowError(line, ROW, "json", "is not valid JSON"));
        }
        if (node == null || !node.isObject()) {
            return SourceRow.bad(line, new RowError(line, ROW, "json", "must be a JSON object"));
        }
        Map<String, String> values = new HashMap<>();
        Set<String> supplied = new LinkedHashSet<>();
        List<RowError> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            String column = RowReader.normaliseColumn(f.getKey());
            if (!supplied.add(column)) {
                errors.add(new RowError(line, column, "duplicate-column", "is given twice"));
                continue;
            }
            JsonNode v = f.getValue();
            String s;
            if (v.isNull()) {
                s = null;
            } else if (v.isTextual()) {
                s = v.textValue();
            } else if (v.isIntegralNumber()) {
                s = v.bigIntegerValue().toString();
            } else if (v.isNumber()) {
                s = v.decimalValue().toPlainString();
            } else if (v.isBoolean()) {
                s = v.booleanValue() ? "true" : "false";
            } else {
                errors.add(new RowError(line, column, "json-type", "must be a string, number, boolean or null"));
                continue;
            }
            s = RowReader.blankToNull(s);
            if (s != null) {
                values.put(column, s);
            }
        }
        return new SourceRow(line, values, supplied, List.copyOf(errors));
    }
}
