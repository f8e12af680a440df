package io.insurcrm.analytics.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV and JSON for the typed results (reports, cube cells, pyramid, alerts…): any record, its components
 * as columns or fields in declaration order. Dates, months and ids are written as their text forms,
 * amounts as plain decimals.
 */
public final class ReportExport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportExport() {
    }

    /** RFC 4180 CSV with a header line of the component names; nested values in their JSON form. */
    public static String csv(List<? extends Record> rows, Class<? extends Record> type) {
        StringBuilder sb = new StringBuilder();
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            sb.append(i == 0 ? "" : ",").append(components[i].getName());
        }
        sb.append("\r\n");
        for (Record row : rows) {
            for (int i = 0; i < components.length; i++) {
                Object v = plain(value(row, components[i]));
                String text = v == null ? "" : v instanceof Map || v instanceof Collection ? json(v) : v.toString();
                sb.append(i == 0 ? "" : ",").append(quote(text));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    /** A record, a list of records or a plain value as indented JSON. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(plain(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static Object plain(Object v) {
        if (v == null || v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof String) {
            return v;
        }
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).toPlainString();
        }
        if (v instanceof Record) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                m.put(c.getName(), plain(value((Record) v, c)));
            }
            return m;
        }
        if (v instanceof Map) {
            Map<String, Object> m = new LinkedHashMap<>();
            ((Map<?, ?>) v).forEach((k, x) -> m.put(String.valueOf(k), plain(x)));
            return m;
        }
        if (v instanceof Collection) {
            List<Object> l = new ArrayList<>();
            ((Collection<?>) v).forEach(x -> l.add(plain(x)));
            return l;
        }
        return v.toString();
    }

    private static Object value(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
