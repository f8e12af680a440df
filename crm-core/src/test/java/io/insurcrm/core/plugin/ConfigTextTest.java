package io.insurcrm.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigTextTest {
    private static final List<String> KEYS = List.of("host", "port", "username", "password", "from", "timeout",
            "call-timeout", "tls");

    @Test
    void suggestsTheClosestKeyForPlausibleTypos() {
        assertEquals(Optional.of("host"), ConfigText.closest("hots", KEYS));
        assertEquals(Optional.of("password"), ConfigText.closest("pasword", KEYS));
        assertEquals(Optional.of("username"), ConfigText.closest("user-name", KEYS));
        assertEquals(Optional.of("call-timeout"), ConfigText.closest("call_timeout", KEYS));
        assertEquals(Optional.of("username"), ConfigText.closest("user", KEYS));
        assertEquals(Optional.empty(), ConfigText.closest("colour", KEYS));
        assertEquals(Optional.empty(), ConfigText.closest("x", List.of()));
        assertEquals(" (did you mean 'tls'?)", ConfigText.hint("tsl", KEYS));
        assertEquals("", ConfigText.hint("proxy", KEYS));
    }

    @Test
    void distanceCountsATranspositionAsOneEdit() {
        assertEquals(1, ConfigText.distance("hots", "host"));
        assertEquals(0, ConfigText.distance("a", "a"));
        assertEquals(3, ConfigText.distance("", "abc"));
    }

    @Test
    void masksDeclaredSecretsAndKeysThatLookSecret() {
        Map<String, String> masked = ConfigText.masked(Map.of("host", "h", "pin", "1234", "auth.token", "t",
                "api-key", "k", "url", "https://x"), Set.of("pin"));
        assertEquals(Map.of("host", "h", "pin", "******", "auth.token", "******", "api-key", "******", "url", "https://x"),
                masked);
        assertTrue(ConfigText.looksSecret("smtp.PASSWORD"));
        assertFalse(ConfigText.looksSecret("username"));
    }
}
