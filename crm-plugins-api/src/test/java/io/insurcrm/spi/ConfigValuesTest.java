package io.insurcrm.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigValuesTest {
    private static final ConfigProperty HOST = ConfigProperty.required("host", "server host");
    private static final ConfigProperty PORT = ConfigProperty.optional("port", "25", "server port");
    private static final ConfigProperty TIMEOUT = ConfigProperty.optional("timeout", "10s", "socket timeout");
    private static final ConfigProperty URL = ConfigProperty.required("url", "endpoint");
    private static final ConfigProperty TLS = ConfigProperty.optional("tls", "true", "use TLS");
    private static final ConfigProperty NOTE = ConfigProperty.optional("note", "free text");

    @Test
    void readsGivenValuesStrippedAndFallsBackToDefaults() {
        ConfigValues cfg = ConfigValues.of(Map.of("host", " smtp.example.com ", "url", "https://gw.example.com/send"));
        assertEquals("smtp.example.com", cfg.string(HOST));
        assertEquals(25, cfg.integer(PORT, 1, 65535));
        assertEquals(Duration.ofSeconds(10), cfg.duration(TIMEOUT, Duration.ofMinutes(5)));
        assertEquals(URI.create("https://gw.example.com/send"), cfg.uri(URL, "http", "https"));
        assertTrue(cfg.bool(TLS));
        assertEquals(Optional.empty(), cfg.optional(NOTE));
    }

    @Test
    void aMissingRequiredKeyIsNamed() {
        PluginConfigException e = assertThrows(PluginConfigException.class, () -> ConfigValues.of(Map.of()).string(HOST));
        assertEquals("host", e.key());
        assertEquals("config key 'host' is required", e.getMessage());
    }

    @Test
    void aBadValueIsNamedByItsKeyAndRuleButNeverEchoed() {
        ConfigValues cfg = ConfigValues.of(Map.of("port", "s3cr3t-70000", "timeout", "forever", "url", "ftp://x.example/a",
                "tls", "yes"));
        PluginConfigException port = assertThrows(PluginConfigException.class, () -> cfg.integer(PORT, 1, 65535));
        assertEquals("config key 'port' must be an integer 1..65535", port.getMessage());
        assertFalse(port.getMessage().contains("s3cr3t"));
        assertEquals("timeout", assertThrows(PluginConfigException.class,
                () -> cfg.duration(TIMEOUT, Duration.ofMinutes(1))).key());
        assertEquals("config key 'url' must be an absolute URL with a host and scheme http or https",
                assertThrows(PluginConfigException.class, () -> cfg.uri(URL, "http", "https")).getMessage());
        assertEquals("config key 'tls' must be true or false",
                assertThrows(PluginConfigException.class, () -> cfg.bool(TLS)).getMessage());
    }

    @Test
    void integersOutsideTheRangeAreRefused() {
        ConfigValues cfg = ConfigValues.of(Map.of("port", "0"));
        assertThrows(PluginConfigException.class, () -> cfg.integer(PORT, 1, 65535));
        assertEquals(65535, ConfigValues.of(Map.of("port", "65535")).integer(PORT, 1, 65535));
    }

    @Test
    void durationsInShortAndIsoForms() {
        assertEquals(Duration.ofMillis(500), ConfigValues.parseDuration("500ms"));
        assertEquals(Duration.ofSeconds(30), ConfigValues.parseDuration("30s"));
        assertEquals(Duration.ofMinutes(5), ConfigValues.parseDuration(" 5m "));
        assertEquals(Duration.ofHours(2), ConfigValues.parseDuration("2h"));
        assertEquals(Duration.ofDays(1), ConfigValues.parseDuration("1d"));
        assertEquals(Duration.ofSeconds(45), ConfigValues.parseDuration("PT45S"));
        assertNull(ConfigValues.parseDuration("soon"));
        ConfigValues tooLong = ConfigValues.of(Map.of("timeout", "2h"));
        assertThrows(PluginConfigException.class, () -> tooLong.duration(TIMEOUT, Duration.ofMinutes(10)));
        ConfigValues zero = ConfigValues.of(Map.of("timeout", "0s"));
        assertThrows(PluginConfigException.class, () -> zero.duration(TIMEOUT, Duration.ofMinutes(10)));
    }

    @Test
    void propertiesDescribeThemselvesAndRefuseNonsense() {
        ConfigProperty password = ConfigProperty.optional("password", "SMTP password").asSecret();
        assertTrue(password.secret());
        assertFalse(password.required());
        assertEquals(Optional.of("25"), PORT.defaultValue());
        assertThrows(IllegalArgumentException.class, () -> ConfigProperty.required("Host", "upper case"));
        assertThrows(IllegalArgumentException.class,
                () -> new ConfigProperty("host", true, "required with default", false, Optional.of("x")));
    }
}
