package io.insurcrm.analytics.port;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.insurcrm.analytics.model.Reason;
import java.util.List;
import java.util.Map;

/** The JSON text form of reasons and alert facts, as stored with a snapshot row or an alert. */
public final class ReasonCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReasonCodec() {
    }

    public static String write(Object value) {
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
