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
    void factsRoundTripInOrder() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("claims12", "4");
        facts.put("say \"hi\"", "a\\b");
        assertEquals("{\"claims12\":\"4\",\"say \\\"hi\\\"\":\"a\\\\b\"}", ReasonCodec.write(facts));
        assertEquals(facts, ReasonCodec.facts(ReasonCodec.write(facts)));
        assertEquals("{}", ReasonCodec.write(Map.of()));
    }
}
