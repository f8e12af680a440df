package io.insurcrm.examples.plugins.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.examples.plugins.webhook.FakeGateway.Mode;
import io.insurcrm.spi.Channel;
import io.insurcrm.spi.ChannelContext;
import io.insurcrm.spi.ChannelException;
import io.insurcrm.spi.ContactPoint;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.InboundSink;
import io.insurcrm.spi.OutboundMessage;
import io.insurcrm.spi.PluginConfigException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookChannelTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final ChannelContext CONTEXT = ChannelContext.standalone("sms", Clock.fixed(T0, ZoneOffset.UTC),
            InboundSink.refusing());
    private FakeGateway gateway;

    @BeforeEach
    void start() throws IOException {
        gateway = new FakeGateway();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private Channel channel(String timeout) {
        Map<String, String> config = new HashMap<>();
        config.put("url", gateway.url().toString());
        config.put("timeout", timeout);
        config.put("auth-token", "tok-123");
        return new WebhookChannelFactory().create(config, CONTEXT);
    }

    private static OutboundMessage sms(String key) {
        return new OutboundMessage("m-1", key, "sms", ContactPoint.mobile("13800138000"), "",
                "【平安】尊敬的\"李\"先生：保单\\P-1将于3月31日到期\n回复1续保\u0001\u2028", Optional.of("renewal-reminder"),
                Map.of("sign", "ACME", "batch", "2026-03"), T0);
    }

    @Test
    void postsTheMessageAsJsonWithTheIdempotencyKeyAndKeepsTheGatewaysId() throws ChannelException {
        DeliveryReceipt receipt = channel("2s").send(sms("renewal:P-1:2026-03"));

        assertEquals(DeliveryReceipt.accepted("m-1", "gw-1", T0, "HTTP 200"), receipt);
        FakeGateway.Received r = gateway.received.get(0);
        assertEquals("POST", r.method());
        assertEquals("/send", r.path());
        assertEquals("renewal:P-1:2026-03", r.header("Idempotency-Key"));
        assertEquals("m-1", r.header("X-InsurCRM-Message-Id"));
        assertEquals("Bearer tok-123", r.header("Authorization"));
        assertEquals("application/json; charset=utf-8", r.header("Content-Type"));
        assertEquals("{\"messageId\":\"m-1\",\"idempotencyKey\":\"renewal:P-1:2026-03\",\"channel\":\"sms\","
                + "\"recipient\":{\"kind\":\"MOBILE\",\"address\":\"13800138000\"},\"subject\":\"\","
                + "\"body\":\"【平安】尊敬的\\\"李\\\"先生：保单\\\\P-1将于3月31日到期\\n回复1续保\\u0001\\u2028\","
                + "\"templateId\":\"renewal-reminder\",\"attributes\":{\"batch\":\"2026-03\",\"sign\":\"ACME\"},"
                + "\"createdAt\":\"2026-03-01T08:00:00Z\"}", r.body());
        assertEquals("【平安】尊敬的\"李\"先生：保单\\P-1将于3月31日到期\n回复1续保\u0001\u2028",
                Json.readFlatObject(r.body()).get("body"), "the body survives a JSON round trip");
    }

    @Test
    void theGatewayFailsTimesOutAndSucceedsOnCommandWithOneKeyThroughout() throws Exception {
        Channel sms = channel("2s");
        OutboundMessage m = sms("k-42");

        gateway.answer(Mode.FAIL_503);
        ChannelException failed = assertThrows(ChannelException.class, () -> sms.send(m));
        assertTrue(failed.retryable());
        assertEquals("the gateway answered HTTP 503", failed.getMessage());

        gateway.answer(Mode.HANG);
        ChannelException timedOut = assertThrows(ChannelException.class, () -> sms.send(m));
        assertTrue(gateway.awaitHanging());
        assertTrue(timedOut.retryable());
        assertEquals("the gateway did not answer within PT2S", timedOut.getMessage());

        gateway.answer(Mode.ACCEPT);
        DeliveryReceipt ok = sms.send(m);
        assertEquals(Optional.of("gw-3"), ok.providerRef());

        assertEquals(3, gateway.received.size());
        assertTrue(gateway.received.stream().allMatch(r -> "k-42".equals(r.header("Idempotency-Key"))),
                "every attempt carries the same key, so the gateway can drop a duplicate");
        assertEquals(1, gateway.received.stream().map(FakeGateway.Received::body).distinct().count());
    }

    @Test
    void clientErrorsArePermanentExceptThrottling() {
        Channel sms = channel("2s");
        gateway.answer(Mode.REFUSE_400);
        ChannelException refused = assertThrows(ChannelException.class, () -> sms.send(sms("k")));
        assertFalse(refused.retryable());
        assertEquals("the gateway answered HTTP 400", refused.getMessage());
        gateway.answer(Mode.THROTTLE_429);
        assertTrue(assertThrows(ChannelException.class, () -> sms.send(sms("k"))).retryable());
    }

    @Test
    void aGatewayThatIsDownIsRetryable() {
        Channel sms = channel("2s");
        gateway.close();
        ChannelException e = assertThrows(ChannelException.class, () -> sms.send(sms("k")));
        assertTrue(e.retryable());
        assertTrue(e.getMessage().startsWith("connection to the gateway failed ("), e.getMessage());
    }

    @Test
    void anAnswerThatIsNotJsonIsStillAnAcceptanceWithoutAGatewayId() throws ChannelException {
        gateway.answer(Mode.NOT_JSON);
        DeliveryReceipt r = channel("2s").send(sms("k"));
        assertEquals(Optional.empty(), r.providerRef());
        assertEquals("HTTP 202", r.detail());
    }

    @Test
    void configurationIsValidatedByKey() {
        WebhookChannelFactory f = new WebhookChannelFactory();
        assertEquals("config key 'url' must be an absolute URL with a host and scheme http or https",
                assertThrows(PluginConfigException.class, () -> f.create(Map.of("url", "ftp://gw.example/x"), CONTEXT))
                        .getMessage());
        assertEquals("url", assertThrows(PluginConfigException.class, () -> f.create(Map.of(), CONTEXT)).key());
        assertEquals("auth-token", assertThrows(PluginConfigException.class,
                () -> f.create(Map.of("url", "https://gw.example/x", "auth-token", "two words"), CONTEXT)).key());
    }

    @Test
    void jsonEscapingAndReading() {
        assertEquals("\"a\\\"b\\\\c\\n\\t\\u001f\\u2029\\ud800x\"", Json.quote("a\"b\\c\n\t\u001f\u2029\ud800x"));
        assertEquals("\"😀\"", Json.quote("😀"), "a proper surrogate pair stays as it is");
        Map<String, String> m = Json.readFlatObject(" {\"id\": 123, \"ok\":true, \"n\":null, \"a\":[1,{\"id\":\"x\"}],"
                + " \"s\":\"\\u674e\\n\"} ");
        assertEquals(Map.of("id", "123", "ok", "true", "s", "李\n"), m);
        assertNull(Json.readFlatObject("{}").get("id"));
        assertThrows(IllegalArgumentException.class, () -> Json.readFlatObject("queued"));
    }
}
