package io.insurcrm.analytics.port;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.insurcrm.analytics.model.Reason;
import java.util.List;
import java.util.Map;

/**
 * The JSON text form of reasons and alert facts, as stored with a snapshot row or an alert. Lists of
 * reasons and maps of text are written by hand (one per customer in a run: Jackson's serializer was
 * about a twentieth of a run's CPU); anything else, and all reading, goes through Jackson.
 */
public final class ReasonCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReasonCodec() {
    }

    public static String write(Object value) {
        if (value instanceof List && ((List<?>) value).stream().allMatch(Reason.class::isInstance)) {
            StringBuilder json = new StringBuilder(64 * ((List<?>) value).size() + 2).append('[');
            for (Object o : (List<?>) value) {
                Reason r = (Reason) o;
                json.append(json.length() > 1 ? ",{" : "{");
                field(json, "code", r.code()).append(',');
                field(json, "fact", r.fact()).append(',');
                field(json, "value", r.value()).append(',');
                field(json, "threshold", r.threshold()).append('}');
            }
            return json.append(']').toString();
        }
        if (value instanceof Map && ((Map<?, ?>) value).entrySet().stream()
                .allMatch(e -> e.getKey() instanceof String && (e.getValue() == null || e.getValue() instanceof String))) {
            StringBuilder json = new StringBuilder(32 * ((Map<?, ?>) value).size() + 2).append('{');
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                field(json.append(json.length() > 1 ? "," : ""), (String) e.getKey(), (String) e.getValue());
            }
            return json.append('}').toString();
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A record as a JSON object of its components' text forms, e.g. the settings of a run. */
    public static String writeRecord(Record record) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (java.lang.reflect.RecordComponent c : record.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(record);
                fields.put(c.getName(), v instanceof java.math.BigDecimal ? ((java.math.BigDecimal) v).toPlainString()
                        : String.valueOf(v));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
        }
        return write(fields);
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        string(json, name).append(':');
        return value == null ? json.append("null") : string(json, value);
    }

    /** A JSON string literal: quote, backslash and control characters escaped (read back by Jackson). */
    private static StringBuilder string(StringBuilder json, String s) {
        json.append('"');
        int plain = 0;
        while (plain < s.length() && s.charAt(plain) >= 0x20 && s.charAt(plain) != '"' && s.charAt(plain) != '\\') {
            plain++;
        }
        json.append(s, 0, plain); // most values need no escaping: copied in one go
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                switch (c) {
                    case '\n':
                        json.append("\\n");
                        break;
                    case '\r':
                        json.append("\\r");
                        break;
                    case '\t':
                        json.append("\\t");
                        break;
                    default:
                        json.append(String.format("\\u%04X", (int) c));
                }
            } else {
                json.append(c);
            }
        }
        return json.append('"');
    }

    public static List<Reason> reasons(String json) {
        return read(json, new TypeReference<List<Reason>>() { });
    }

    public static Map<String, String> facts(String json) {
        return read(json, new TypeReference<Map<String, String>>() { });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not readable", e);
        }
    }
}
