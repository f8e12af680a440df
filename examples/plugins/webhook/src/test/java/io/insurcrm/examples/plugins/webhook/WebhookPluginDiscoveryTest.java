package io.insurcrm.examples.plugins.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.insurcrm.core.plugin.CallOutcome;
import io.insurcrm.core.plugin.CallOutcome.Failure;
import io.insurcrm.core.plugin.CallOutcome.FailureKind;
import io.insurcrm.core.plugin.ManagedChannel;
import io.insurcrm.core.plugin.PluginConfig;
import io.insurcrm.core.plugin.PluginHost;
import io.insurcrm.core.plugin.PluginRegistry;
import io.insurcrm.spi.ContactPoint;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.OutboundMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plugin as a host sees it: discovered on the class path, one factory behind two channels, calls guarded. */
class WebhookPluginDiscoveryTest {

    @Test
    void oneFactoryBacksAnSmsAndAWeChatChannelAndTheHostCutsOffAHangingGateway() throws Exception {
        try (FakeGateway gateway = new FakeGateway()) {
            PluginRegistry registry = PluginRegistry.builder().discover(getClass().getClassLoader()).build();
            assertEquals(List.of("insurcrm-webhook"), registry.plugins().stream().map(p -> p.name()).toList());
            Map<String, String> properties = Map.of(
                    "channel.sms.factory", "webhook", "channel.sms.url", gateway.url().toString(),
                    "channel.sms.auth-token", "tok", "channel.sms.call-timeout", "2s", "channel.sms.timeout", "1m",
                    "channel.wechat.factory", "webhook", "channel.wechat.url", gateway.url().toString());
            try (PluginHost host = PluginHost.builder(registry).configure(PluginConfig.parse(properties)).build()) {
                ManagedChannel sms = host.channel("sms").orElseThrow();
                assertEquals("******", sms.info().maskedConfig().get("auth-token"));
                assertEquals(2, host.channels().size());

                CallOutcome<DeliveryReceipt> ok = sms.send(message("sms", "k-1"));
                assertEquals(Optional.of("gw-1"), ok.value().orElseThrow().providerRef());

                // The plugin's own HTTP timeout is a minute; the host's call-timeout cuts the call off first.
                gateway.answer(FakeGateway.Mode.HANG);
                Failure<DeliveryReceipt> hung = (Failure<DeliveryReceipt>) sms.send(message("sms", "k-2"));
                assertEquals(FailureKind.TIMED_OUT, hung.kind());
                assertEquals(true, hung.retryable());
            }
        }
    }

    private static OutboundMessage message(String channel, String key) {
        return new OutboundMessage("m-" + key, key, channel, ContactPoint.mobile("13800138000"), "", "hello",
                Optional.empty(), Map.of(), Instant.parse("2026-03-01T08:00:00Z"));
    }
}
