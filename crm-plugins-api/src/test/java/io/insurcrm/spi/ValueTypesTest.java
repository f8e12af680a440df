package io.insurcrm.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void personalDataNeverShowsInToString() {
        ContactPoint to = ContactPoint.email("li.lei@example.com");
        assertEquals("EMAIL:li**************om", to.toString());
        assertEquals("****", ContactPoint.mobile("1380").masked());
        OutboundMessage m = new OutboundMessage("m-1", "k-1", "email", to, "续保提醒", "尊敬的李雷…", Optional.empty(),
                Map.of(), T0);
        assertEquals("OutboundMessage[m-1 via email to EMAIL]", m.toString());
        CustomerSnapshot s = new CustomerSnapshot("c-1", "李*", Optional.empty(), List.of(to));
        assertEquals("CustomerSnapshot[c-1, 1 contact points]", s.toString());
        assertEquals(Optional.of(to), s.contact(ContactKind.EMAIL));
        assertEquals(Optional.empty(), s.contact(ContactKind.MOBILE));
        InboundInteraction in = new InboundInteraction("sms", "gw-9", ContactPoint.mobile("13800138000"), Optional.empty(),
                Optional.of("m-1"), T0, "好的，续保", Map.of());
        assertFalse(in.toString().contains("138001"));
        assertFalse(in.toString().contains("续保"));
    }

    @Test
    void valuesAreImmutableCopies() {
        Map<String, String> attrs = new HashMap<>(Map.of("sign", "ACME"));
        OutboundMessage m = new OutboundMessage("m-1", "k-1", "sms", ContactPoint.mobile("13800138000"), "", "hi",
                Optional.of("tpl-7"), attrs, T0);
        attrs.put("sign", "changed");
        assertEquals("ACME", m.attributes().get("sign"));
        List<String> reasons = new ArrayList<>(List.of("tenure 12 years"));
        SegmentAssignment a = new SegmentAssignment("loyal", 80, reasons);
        reasons.clear();
        assertEquals(List.of("tenure 12 years"), a.reasons());
        assertThrows(UnsupportedOperationException.class, () -> a.reasons().add("x"));
    }

    @Test
    void valuesRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new OutboundMessage(" ", "k", "sms",
                ContactPoint.mobile("1"), "", "", Optional.empty(), Map.of(), T0));
        assertThrows(IllegalArgumentException.class, () -> new SegmentAssignment("loyal", 101, List.of("r")));
        assertThrows(IllegalArgumentException.class, () -> new SegmentAssignment("Loyal Customers", 1, List.of("r")));
        assertThrows(IllegalArgumentException.class, () -> new SegmentAssignment("loyal", 50, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new AlertFinding("r", Severity.LOW, " ", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new ContactPoint(ContactKind.EMAIL, " "));
    }

    @Test
    void factsStartEmptyAndChangeByAspect() {
        LocalDate asOf = LocalDate.of(2026, 3, 31);
        CustomerFacts empty = CustomerFacts.empty("c-1", asOf, "CNY");
        assertEquals(BigDecimal.ZERO, empty.premiumInForce());
        assertEquals(OptionalInt.empty(), empty.yearsSinceLastClaim());
        ClaimFact claim = new ClaimFact("CL-1", "P-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 20),
                LocalDate.of(2026, 1, 25), new BigDecimal("1200.00"));
        assertEquals(24, claim.daysFromPolicyStartToReport());
        CustomerFacts f = empty.withPremium(new BigDecimal("5000"), new BigDecimal("4000"), new BigDecimal("5000"))
                .withClaims(1, 1, new BigDecimal("1200.00"), new BigDecimal("1200.00"),
                        Optional.of(new BigDecimal("0.1333")), OptionalInt.of(0), List.of(claim))
                .withRelationship(3, 2, 2, Optional.of(BigDecimal.ONE))
                .withService(1, true, Optional.of(asOf));
        assertEquals(new BigDecimal("5000"), f.premiumWrittenThisYear());
        assertEquals(List.of(claim), f.recentClaims());
        assertEquals(2, f.policyCount());
        assertTrue(f.litigation());
        assertEquals(1, f.complaints12m());
        assertThrows(IllegalArgumentException.class, () -> empty.withRelationship(-1, 0, 0, Optional.empty()));
    }

    @Test
    void contributionGettersDefaultToEmptySoNewKindsNeverBreakAPlugin() {
        CrmPlugin bare = new CrmPlugin() {
            @Override
            public String name() {
                return "bare";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public SpiVersion spiVersion() {
                return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
            }
        };
        assertTrue(bare.getChannelFactories().isEmpty());
        assertTrue(bare.getAlertRuleFactories().isEmpty());
        assertTrue(bare.getSegmentRuleFactories().isEmpty());
        assertTrue(bare.getEventListenerFactories().isEmpty());
        assertTrue(bare.getImporterFactories().isEmpty());
        EventListener listener = event -> { };
        assertEquals(Set.of(EventType.values()), listener.eventTypes());
        Channel channel = message -> DeliveryReceipt.accepted(message.messageId(), null, T0, "");
        assertEquals(Set.of(ContactKind.values()), channel.supportedKinds());
    }

    @Test
    void standaloneContextsServePluginTests() {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        PluginContext ctx = PluginContext.standalone("early-claim", clock);
        assertEquals("early-claim", ctx.componentName());
        assertEquals(T0, ctx.clock().instant());
        assertEquals(SpiVersion.CURRENT, ctx.hostSpiVersion());
        assertEquals(Optional.empty(), ctx.customers().find("anything"));
        ChannelContext cc = ChannelContext.standalone("email", clock, InboundSink.refusing());
        assertThrows(IllegalStateException.class,
                () -> cc.inbound().receipt(DeliveryReceipt.accepted("m", null, T0, "")));
    }

    @Test
    void channelExceptionsSayWhetherToRetry() {
        assertTrue(ChannelException.retryable("connection refused", null).retryable());
        assertFalse(ChannelException.permanent("HTTP 400", null).retryable());
    }
}
