package io.insurcrm.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The text form of event attributes in {@code domain_event.attributes}. */
class EventAttributesTest {

    @Test
    void roundTripsSeparatorsPercentSignsAndChinese() {
        Map<String, String> attributes = new TreeMap<>(Map.of("a&b", "x=y", "to", "ARCHIVED", "备注", "100% 已处理 + 结案",
                "empty", ""));
        String text = JooqDomainEventRepository.encode(attributes);
        assertEquals("a%26b=x%3Dy&empty=&to=ARCHIVED&%E5%A4%87%E6%B3%A8=100%25+%E5%B7%B2%E5%A4%84%E7%90%86+%2B+%E7%BB%93%E6%A1%88",
                text);
        assertEquals(attributes, JooqDomainEventRepository.decode(text));
        assertEquals(Map.of(), JooqDomainEventRepository.decode(JooqDomainEventRepository.encode(Map.of())));
    }
}
