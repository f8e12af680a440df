package io.insurcrm.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.insurcrm.spi.ConfigProperty;
import io.insurcrm.spi.PluginConfigException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComponentSettingsTest {

    @Test
    void defaultsPerKind() {
        ComponentSettings channel = ComponentSettings.read(ComponentKind.CHANNEL, "email", Map.of());
        assertEquals(new ComponentSettings("email", Duration.ofSeconds(30), 4, 8, Duration.ofSeconds(30),
                Duration.ofHours(1)), channel);
        assertEquals(Duration.ofSeconds(10), ComponentSettings.read(ComponentKind.ALERT_RULE, "r", Map.of()).callTimeout());
        ComponentSettings importer = ComponentSettings.read(ComponentKind.IMPORTER, "i", Map.of());
        assertEquals(Duration.ofHours(1), importer.callTimeout());
        assertEquals(1, importer.maxConcurrency());
        assertEquals(List.of("factory", "call-timeout", "max-concurrency"),
                ComponentSettings.hostProperties(ComponentKind.SEGMENT_RULE).stream().map(ConfigProperty::key).toList());
        assertEquals(List.of("factory", "call-timeout", "max-concurrency", "max-attempts", "backoff.initial", "backoff.max"),
                ComponentSettings.hostProperties(ComponentKind.EVENT_LISTENER).stream().map(ConfigProperty::key).toList());
    }

    @Test
    void everyKeyIsRead() {
        ComponentSettings s = ComponentSettings.read(ComponentKind.CHANNEL, "sms-gd", Map.of("factory", "webhook",
                "call-timeout", "5s", "max-concurrency", "16", "max-attempts", "5", "backoff.initial", "1m",
                "backoff.max", "30m"));
        assertEquals(new ComponentSettings("webhook", Duration.ofSeconds(5), 16, 5, Duration.ofMinutes(1),
                Duration.ofMinutes(30)), s);
    }

    @Test
    void backoffDoublesUpToItsCapAndEndsWhenTheAttemptsAreUsedUp() {
        ComponentSettings s = new ComponentSettings("f", Duration.ofSeconds(30), 4, 6, Duration.ofSeconds(30),
                Duration.ofMinutes(5));
        assertEquals(Optional.of(Duration.ofSeconds(30)), s.backoffAfter(1));
        assertEquals(Optional.of(Duration.ofMinutes(1)), s.backoffAfter(2));
        assertEquals(Optional.of(Duration.ofMinutes(2)), s.backoffAfter(3));
        assertEquals(Optional.of(Duration.ofMinutes(4)), s.backoffAfter(4));
        assertEquals(Optional.of(Duration.ofMinutes(5)), s.backoffAfter(5));
        assertEquals(Optional.empty(), s.backoffAfter(6), "the 6th failure of 6 attempts goes to the dead-letter state");
        ComponentSettings many = new ComponentSettings("f", Duration.ofSeconds(1), 1, 100, Duration.ofSeconds(1),
                Duration.ofDays(7));
        assertEquals(Optional.of(Duration.ofDays(7)), many.backoffAfter(99));
        assertThrows(IllegalArgumentException.class, () -> s.backoffAfter(0));
    }

    @Test
    void badValuesNameTheirKey() {
        assertEquals("max-concurrency", assertThrows(PluginConfigException.class,
                () -> ComponentSettings.read(ComponentKind.CHANNEL, "x", Map.of("max-concurrency", "0"))).key());
        assertEquals("max-attempts", assertThrows(PluginConfigException.class,
                () -> ComponentSettings.read(ComponentKind.CHANNEL, "x", Map.of("max-attempts", "lots"))).key());
        assertEquals("config key 'backoff.max' must not be shorter than backoff.initial", assertThrows(
                PluginConfigException.class, () -> ComponentSettings.read(ComponentKind.EVENT_LISTENER, "x",
                        Map.of("backoff.initial", "10m", "backoff.max", "1m"))).getMessage());
    }
}
