package io.insurcrm.examples.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.insurcrm.core.plugin.CallOutcome;
import io.insurcrm.core.plugin.InvalidPluginConfigException;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plugin as a host sees it: found on the class path through its services file, configured by properties. */
class EmailPluginDiscoveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("crm@insurer.example", "crm", "s3cret"));

    @Test
    void theHostDiscoversTheChannelAndSendsThroughIt() throws Exception {
        PluginRegistry registry = PluginRegistry.builder().discover(getClass().getClassLoader()).build();
        assertEquals(List.of("insurcrm-email"), registry.plugins().stream().map(p -> p.name()).toList());
        Map<String, String> properties = Map.of(
                "channel.email.host", "127.0.0.1",
                "channel.email.port", String.valueOf(SMTP.getSmtp().getPort()),
                "channel.email.from", "crm@insurer.example",
                "channel.email.username", "crm",
                "channel.email.password", "s3cret",
                "channel.email.tls", "none",
                "channel.email.call-timeout", "20s");
        try (PluginHost host = PluginHost.builder(registry).configure(PluginConfig.parse(properties)).build()) {
            assertEquals("******", host.channel("email").orElseThrow().info().maskedConfig().get("password"));
            CallOutcome<DeliveryReceipt> outcome = host.channel("email").orElseThrow().send(new OutboundMessage("m-9",
                    "idem-9", "email", ContactPoint.email("han.meimei@example.com"), "Policy issued", "Welcome.",
                    Optional.empty(), Map.of(), Instant.parse("2026-03-01T08:00:00Z")));
            assertEquals(Optional.of("<idem-9@insurer.example>"), outcome.value().orElseThrow().providerRef());
        }
        assertTrue(SMTP.waitForIncomingEmail(5_000, 1));
        assertEquals("Policy issued", SMTP.getReceivedMessages()[0].getSubject());
    }

    @Test
    void aTypoInItsConfigurationGetsAHint() {
        PluginRegistry registry = PluginRegistry.builder().discover(getClass().getClassLoader()).build();
        InvalidPluginConfigException e = assertThrows(InvalidPluginConfigException.class, () -> PluginHost
                .builder(registry).configure(PluginConfig.parse(Map.of("channel.email.host", "127.0.0.1",
                        "channel.email.from", "crm@insurer.example", "channel.email.prot", "2525"))).build());
        assertEquals(List.of("channel 'email': unknown key 'prot' (did you mean 'port'?)"), e.problems());
    }
}
