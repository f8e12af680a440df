package io.insurcrm.analytics.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.analytics.model.Reason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written JSON of reasons and alert facts reads back (through Jackson) as what was written. */
class ReasonCodecTest {

    @Test
    void reasonsWithAwkwardTextRoundTrip() {
        List<Reason> reasons = List.of(new Reason("tier-a.premium", "premium12", "20000.00", ">= 20000"),
                new Reason("odd", "quote\"back\\slash", null, "line\nbreak\ttab\rreturn\u0001bell 王芳"),
                new Reason("empty", "", "", ""));
        String json = ReasonCodec.write(reasons);
        assertEquals("[{\"code\":\"tier-a.premium\",\"fact\":\"premium12\",\"value\":\"20000.00\",\"threshold\":\">= 20000\"},"
                + "{\"code\":\"odd\",\"fact\":\"quote\\\"back\\\\slash\",\"value\":null,"
                + "\"threshold\":\"line\\nbreak\\ttab\\rreturn\\u0001bell 王芳\"},"
                + "{\"code\":\"empty\",\"fact\":\"\",\"value\":\"\",\"threshold\":\"\"}]", json);
        assertEquals(reasons, ReasonCodec.reasons(json));
        assertEquals("[]", ReasonCodec.write(List.of()));
    }

    @Test
    void compactReasonsReadBackAsTheObjectForm() {
        List<Reason> reasons = List.of(new Reason("tier-a.premium", "premium12", "20000.00", ">= 20000"),
                new Reason("odd", "quote\"back\\slash", null, "line\nbreak\ttab\rreturn\u0001bell 王芳"),
                new Reason("empty", "", "", null));
        String json = ReasonCodec.writeReasons(reasons);
        assertEquals("[[\"tier-a.premium\",\"premium12\",\"20000.00\",\">= 20000\"],"
                + "[\"odd\",\"quote\\\"back\\\\slash\",null,\"line\\nbreak\\ttab\\rreturn\\u0001bell 王芳\"],"
                + "[\"empty\",\"\",\"\",null]]", json);
        assertEquals(reasons, ReasonCodec.reasons(json));
        assertEquals(ReasonCodec.reasons(ReasonCodec.write(reasons)), ReasonCodec.reasons(json));
        assertEquals("[]", ReasonCodec.writeReasons(List.of()));
        assertEquals(List.of(), ReasonCodec.reasons("[]"));
    }

    @Test
    void legendKeepsFactAndThresholdOncePerCode() {
        ReasonCodec.Legend legend = new ReasonCodec.Legend(2);
        String first = legend.write(List.of(new Reason("tier-a.premium", "premium12", "20000.00", ">= 20000"),
                new Reason("key", "premiumShare", null, ">= 0.0100")));
        // same code, other threshold: written in full; a third code beyond the limit of 2: in full
        String second = legend.write(List.of(new Reason("tier-a.premium", "premium12", "30000.00", ">= 20000"),
                new Reason("key", "premiumShare", "0.5", ">= 0.5"), new Reason("loyal", "renewalRate", "1", ">= 0.8")));
        assertEquals("[[\"tier-a.premium\",\"20000.00\"],[\"key\",null]]", first);
        assertEquals("[[\"tier-a.premium\",\"30000.00\"],[\"key\",\"premiumShare\",\"0.5\",\">= 0.5\"],"
                + "[\"loyal\",\"renewalRate\",\"1\",\">= 0.8\"]]", second);
        String stored = legend.toJson();
        assertEquals("{\"tier-a.premium\":[\"premium12\",\">= 20000\"],\"key\":[\"premiumShare\",\">= 0.0100\"]}", stored);
        Map<String, String[]> read = ReasonCodec.legend(stored);
        assertEquals(List.of(new Reason("tier-a.premium", "premium12", "20000.00", ">= 20000"),
                new Reason("key", "premiumShare", null, ">= 0.0100")), ReasonCodec.reasons(first, read));
        assertEquals(List.of(new Reason("tier-a.premium", "premium12", "30000.00", ">= 20000"),
                new Reason("key", "premiumShare", "0.5", ">= 0.5"), new Reason("loyal", "renewalRate", "1", ">= 0.8")),
                ReasonCodec.reasons(second, read));
    }

    @Test
    void factsRoundTripInOrder() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("claims12", "4");
        facts.put("say \"hi\"", "a\\b");
        assertEquals("{\"claims12\":\"4\",\"say \\\"hi\\\"\":\"a\\\\b\"}", ReasonCodec.write(facts));
        assertEquals(facts, ReasonCodec.facts(ReasonCodec.write(facts)));
        assertEquals("{}", ReasonCodec.write(Map.of()));
    }
}
