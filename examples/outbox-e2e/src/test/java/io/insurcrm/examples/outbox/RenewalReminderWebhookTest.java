package io.insurcrm.examples.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.access.Actor;
import io.insurcrm.core.common.Money;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.customer.CustomerProfile;
import io.insurcrm.core.identifier.NationalIdNumber;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.organisation.BranchLevel;
import io.insurcrm.core.outbox.DispatchReport;
import io.insurcrm.core.outbox.OutboundMessage;
import io.insurcrm.core.outbox.OutboundMessageStatus;
import io.insurcrm.core.outbox.OutboxMessage;
import io.insurcrm.core.policy.NewPolicy;
import io.insurcrm.core.policy.Policy;
import io.insurcrm.core.policy.ProductLine;
import io.insurcrm.core.policy.SalesChannel;
import io.insurcrm.core.view.CustomerLookup;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * End to end, as an insurer would run it: the renewal service queues a reminder in its
 * transaction; the dispatcher delivers it through the webhook sample plugin, discovered from the
 * class path, to an SMS-gateway stand-in on 127.0.0.1 that first answers 503 and then accepts.
 */
class RenewalReminderWebhookTest {
    private static final Actor ACTOR = Actor.system("e2e");
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        private volatile Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @StoreTest
    void aRenewalReminderReachesTheGatewayAfterARetryWithOneIdempotencyKey(StoreKind kind) throws IOException {
        ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>(List.of(503, 200));
        List<String> keys = new CopyOnWriteArrayList<>();
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/sms", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            Integer status = answers.poll();
            byte[] answer = (status != null && status == 200 ? "{\"id\":\"gw-42\"}" : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status == null ? 500 : status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        gateway.start();
        TestClock clock = new TestClock();
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).discoverPlugins().pluginProperties(Map.of(
                "channel.sms.factory", "webhook",
                "channel.sms.url", "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms",
                "channel.sms.backoff.initial", "1m")).build()) {
            BranchId ho = crm.branches().create(ACTOR, "HO", "总公司", BranchLevel.HEAD_OFFICE, null, "全国").id();
            String first17 = "44030519800101001";
            Customer c = crm.customers().create(ACTOR, CustomerProfile.individual("王五")
                    .nationalId(new NationalIdNumber(first17 + NationalIdNumber.checkCharacter(first17)))
                    .mobile("13912345678").build(), ho);
            LocalDate end = LocalDate.of(2026, 3, 20);
            Policy p = crm.policies().issue(ACTOR, new NewPolicy("P-E2E-1", c.id(), ProductLine.AUTO, null,
                    SalesChannel.AGENT, ho, null, end.minusYears(1).plusDays(1), end, Money.cny("3000"), null, null));

            List<OutboundMessage> queued = crm.renewals().queueReminders(ACTOR, LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 31), "sms");
            assertEquals(1, queued.size());
            OutboundMessage reminder = queued.get(0);

            assertEquals(new DispatchReport(1, 0, 1, 0, 0, 0, 0), crm.outbox().dispatchOnce()); // HTTP 503
            assertEquals("THREW ChannelException: the gateway answered HTTP 503",
                    crm.outbox().find(ACTOR, reminder.id()).orElseThrow().message().lastError());
            clock.now = T0.plus(Duration.ofMinutes(1));
            assertEquals(new DispatchReport(1, 1, 0, 0, 0, 0, 0), crm.outbox().dispatchOnce()); // HTTP 200

            OutboxMessage delivered = crm.outbox().find(ACTOR, reminder.id()).orElseThrow();
            assertEquals(OutboundMessageStatus.DELIVERED, delivered.status());
            assertEquals(2, delivered.message().attempts());
            assertEquals(Optional.of("gw-42"), delivered.providerRef());
            String key = "renewal-reminder:" + p.id() + ":2026-03-20";
            assertEquals(List.of(key, key), keys);
            assertTrue(bodies.get(1).contains("\"recipient\":{\"kind\":\"MOBILE\",\"address\":\"13912345678\"}"));
            assertTrue(bodies.get(1).contains("\"templateId\":\"renewal-reminder\""));
            assertEquals(List.of("outbox:" + reminder.id()), crm.views().find(ACTOR, new CustomerLookup.ById(c.id()))
                    .orElseThrow().interactions().stream()
                    .filter(i -> i.type() == InteractionType.OUTBOUND_MESSAGE && i.channel() == InteractionChannel.SMS)
                    .map(i -> i.sourceRef()).collect(Collectors.toList()));
        } finally {
            gateway.stop(0);
        }
    }
}
