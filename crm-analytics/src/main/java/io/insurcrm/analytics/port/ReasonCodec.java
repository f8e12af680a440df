package io.insurcrm.analytics.port;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.insurcrm.analytics.model.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /**
     * The compact stored form of a list of reasons, one JSON array per reason in the order code, fact,
     * value, threshold ({@code [["tier-a.premium","premium12","25000.00",">= 20000"]]}): the same four
     * texts as {@link #write}'s objects without the repeated member names. {@link #reasons} reads every
     * stored form back to the same {@link Reason}s.
     */
    public static String writeReasons(List<Reason> reasons) {
        return new Legend(0).write(reasons);
    }

    /**
     * The fact and threshold of each reason code, kept once per snapshot instead of once per row: a code
     * of the built-in rules always names the same fact, and its threshold is the same for every customer
     * of a run. A row then stores {@code [code, value]} for a reason whose code the legend already has
     * with the same fact and threshold, and the full four texts otherwise (a code first met with other
     * texts, or beyond the legend's size limit). Not thread-safe: one per run.
     */
    public static final class Legend {
        private final Map<String, String[]> entries = new LinkedHashMap<>();
        private final int limit;

        /** A legend of at most {@code limit} codes (0: rows carry every reason in full). */
        public Legend(int limit) {
            this.limit = limit;
        }

        /** A row's reasons, shortened through this legend (which learns the codes it has not seen). */
        public String write(List<Reason> reasons) {
            StringBuilder json = new StringBuilder(32 * reasons.size() + 2).append('[');
            for (Reason r : reasons) {
                json.append(json.length() > 1 ? ",[" : "[");
                string(json, r.code()).append(',');
                String[] known = entries.get(r.code());
                if (known == null && entries.size() < limit) {
                    known = new String[] {r.fact(), r.threshold()};
                    entries.put(r.code(), known);
                }
                if (known == null || !known[0].equals(r.fact()) || !Objects.equals(known[1], r.threshold())) {
                    string(json, r.fact()).append(',');
                    text(json, r.value()).append(',');
                    text(json, r.threshold()).append(']');
                } else {
                    text(json, r.value()).append(']');
                }
            }
            return json.append(']').toString();
        }

        /** The legend as stored with the snapshot: {@code {"code":["fact","threshold"],…}}. */
        public String toJson() {
            StringBuilder json = new StringBuilder(48 * entries.size() + 2).append('{');
            for (Map.Entry<String, String[]> e : entries.entrySet()) {
                string(json.append(json.length() > 1 ? "," : ""), e.getKey()).append(":[");
                string(json, e.getValue()[0]).append(',');
                text(json, e.getValue()[1]).append(']');
            }
            return json.append('}').toString();
        }
    }

    private static StringBuilder text(StringBuilder json, String value) {
        return value == null ? json.append("null") : string(json, value);
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

    /** Reasons stored without a legend: the compact arrays of {@link #writeReasons} or the objects of {@link #write}. */
    public static List<Reason> reasons(String json) {
        return reasons(json, legend(null));
    }

    /** A stored legend ({@link Legend#toJson()}; null: none), to read the rows of its snapshot. */
    public static Map<String, String[]> legend(String json) {
        Map<String, String[]> legend = new java.util.HashMap<>();
        if (json != null) {
            read(json, new TypeReference<JsonNode>() { }).fields().forEachRemaining(e ->
                    legend.put(e.getKey(), new String[] {e.getValue().get(0).asText(), textOrNull(e.getValue().get(1))}));
        }
        return legend;
    }

    /**
     * Reasons as stored in any form: {@code [code, value]} through the snapshot's legend,
     * {@code [code, fact, value, threshold]}, or objects with those members (rows of earlier versions).
     */
    public static List<Reason> reasons(String json, Map<String, String[]> legend) {
        JsonNode list = read(json, new TypeReference<JsonNode>() { });
        List<Reason> reasons = new ArrayList<>(list.size());
        for (JsonNode r : list) {
            if (r.isArray() && r.size() == 2) {
                String code = r.get(0).asText();
                String[] known = legend.get(code);
                if (known == null) {
                    throw new IllegalStateException("stored reason code missing from the snapshot's legend: " + code);
                }
                reasons.add(new Reason(code, known[0], textOrNull(r.get(1)), known[1]));
            } else if (r.isArray()) {
                reasons.add(new Reason(r.get(0).asText(), r.get(1).asText(), textOrNull(r.get(2)), textOrNull(r.get(3))));
            } else {
                reasons.add(new Reason(r.get("code").asText(), r.get("fact").asText(), textOrNull(r.get("value")),
                        textOrNull(r.get("threshold"))));
            }
        }
        return reasons;
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
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
