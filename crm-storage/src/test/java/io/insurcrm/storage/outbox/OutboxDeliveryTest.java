package io.insurcrm.storage.outbox;

import io.insurcrm.storage.testing.MutableClock;
import static io.insurcrm.storage.outbox.OutboxFixtures.ACTOR;
import static io.insurcrm.storage.outbox.OutboxFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.insurcrm.core.InsurCrm;
import io.insurcrm.core.common.ValidationException;
import io.insurcrm.core.customer.Customer;
import io.insurcrm.core.delivery.OutboxSettings;
import io.insurcrm.core.interaction.InteractionChannel;
import io.insurcrm.core.interaction.InteractionType;
import io.insurcrm.core.organisation.BranchId;
import io.insurcrm.core.outbox.DeliveryObserver;
import io.insurcrm.core.outbox.DispatchReport;
import io.insurcrm.core.outbox.NewOutboundMessage;
import io.insurcrm.core.outbox.OutboundMessageStatus;
import io.insurcrm.core.outbox.OutboxMessage;
import io.insurcrm.core.plugin.IncompatiblePluginException;
import io.insurcrm.core.store.StoreLocation;
import io.insurcrm.core.view.Customer360;
import io.insurcrm.core.view.CustomerLookup;
import io.insurcrm.spi.ChannelException;
import io.insurcrm.spi.ContactKind;
import io.insurcrm.spi.ContactPoint;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.DeliveryStatus;
import io.insurcrm.spi.EventType;
import io.insurcrm.spi.InboundInteraction;
import io.insurcrm.spi.OutboundMessage;
import io.insurcrm.spi.SpiVersion;
import io.insurcrm.storage.testing.StoreKind;
import io.insurcrm.storage.testing.StoreTest;
import io.insurcrm.storage.testing.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The transactional outbox delivered through channel plugins, through the public API, on H2 and
 * PostgreSQL. Time is a {@link MutableClock}: back-off instants and leases are passed by moving it.
 * The only real waits are a channel's own call-timeout where the test is about a hang.
 */
class OutboxDeliveryTest {

    @StoreTest
    void aPluginBuiltForAnIncompatibleSpiIsRefusedAtStartUp(StoreKind kind) {
        TestChannels future = new TestChannels("from-the-future", new SpiVersion(SpiVersion.MAJOR + 1, 0),
                Map.of("sms", (m, attempt) -> TestChannels.accept(m)));
        IncompatiblePluginException e = assertThrows(IncompatiblePluginException.class,
                () -> TestStores.builder(kind).plugin(future).build());
        assertEquals("plugin 'from-the-future' (" + TestChannels.class.getName()
                + ", instance) was built for InsurCRM SPI 2.0 but this host implements SPI 1.0; it needs a plugin built"
                + " for SPI 1.0 to 1.0 (use a matching plugin release, or upgrade InsurCRM)", e.getMessage().replaceAll(" in [^,)]+,", ","));
    }

    @StoreTest
    void throwingFlakyAndHealthyChannelsEndDeadDeliveredAfterRetryAndDelivered(StoreKind kind) {
        MutableClock clock = new MutableClock(T0);
        TestChannels plugin = new TestChannels("test-channels", Map.of(
                "healthy", (m, attempt) -> TestChannels.accept(m),
                "throws", (m, attempt) -> {
                    throw new IllegalStateException("gateway exploded at stage 2");
                },
                "flaky", (m, attempt) -> {
                    if (attempt <= 2) {
                        throw ChannelException.retryable("HTTP 503 from gateway", null);
                    }
                    return TestChannels.accept(m);
                }));
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).plugin(plugin).pluginProperties(plugin.properties(
                "channel.throws.max-attempts", "2",
                "channel.flaky.backoff.initial", "30s",
                "channel.throws.backoff.initial", "30s")).build()) {
            BranchId ho = OutboxFixtures.branch(crm);
            Customer c = OutboxFixtures.customer(crm, 1, ho);
            // the core transaction commits whatever the channels will do
            List<OutboxMessage> queued = crm.inTransaction(() -> List.of(
                    crm.outbox().enqueue(ACTOR, NewOutboundMessage.to(c.id(), "healthy", "complaint-ack", null, "Received")),
                    crm.outbox().enqueue(ACTOR, NewOutboundMessage.to(c.id(), "throws", "complaint-ack", null, "Received")),
                    crm.outbox().enqueue(ACTOR, NewOutboundMessage.to(c.id(), "flaky", "complaint-ack", null, "Received"))));
            UUID healthy = queued.get(0).message().id();
            UUID throwing = queued.get(1).message().id();
            UUID flaky = queued.get(2).message().id();
            assertEquals(3L, crm.outbox().counts(ACTOR).get(OutboundMessageStatus.PENDING));

            DispatchReport first = crm.outbox().dispatchOnce();
            assertEquals(new DispatchReport(3, 1, 2, 0, 0, 0, 0), first);
            assertState(crm, healthy, OutboundMessageStatus.DELIVERED, 1, null);
            assertState(crm, throwing, OutboundMessageStatus.FAILED, 1, T0.plusSeconds(30));
            assertState(crm, flaky, OutboundMessageStatus.FAILED, 1, T0.plusSeconds(30));

            clock.advance(Duration.ofSeconds(29));
            assertEquals(DispatchReport.EMPTY, crm.outbox().dispatchOnce(), "nothing is due before the back-off ends");

            clock.advance(Duration.ofSeconds(1)); // T0+30s: second attempts
            assertEquals(new DispatchReport(2, 0, 1, 1, 0, 0, 0), crm.outbox().dispatchOnce());
            OutboxMessage dead = assertState(crm, throwing, OutboundMessageStatus.DEAD, 2, null);
            assertEquals("THREW IllegalStateException: gateway exploded at stage 2", dead.message().lastError());
            assertState(crm, flaky, OutboundMessageStatus.FAILED, 2, T0.plusSeconds(30 + 60)); // 30s doubled

            clock.advance(Duration.ofSeconds(60)); // T0+90s: third attempt of the flaky channel succeeds
            assertEquals(new DispatchReport(1, 1, 0, 0, 0, 0, 0), crm.outbox().dispatchOnce());
            OutboxMessage ok = assertState(crm, flaky, OutboundMessageStatus.DELIVERED, 3, null);
            assertEquals("THREW ChannelException: HTTP 503 from gateway",
                    ok.message().lastError(), "the last error of a message delivered after retries is kept");
            assertEquals(Optional.of("gw-" + flaky), ok.providerRef());
            assertEquals(Optional.of(T0), ok.deliveredAt()); // the test channel reports createdAt as its time

            // every attempt carried the same idempotency key
            List<OutboundMessage> flakySends = plugin.sentVia("flaky");
            assertEquals(3, flakySends.size());
            assertEquals(1, flakySends.stream().map(OutboundMessage::idempotencyKey).distinct().count());
            assertEquals(ok.message().idempotencyKey(), flakySends.get(0).idempotencyKey());
            // addressed to the customer's own mobile, and never to anyone else
            assertEquals(ContactPoint.mobile("13900000001"), flakySends.get(0).recipient());

            // delivered messages are on the customer's history, once each
            Customer360 view = crm.views().find(ACTOR, new CustomerLookup.ById(c.id())).orElseThrow();
            List<String> refs = view.interactions().stream()
                    .filter(i -> i.type() == InteractionType.OUTBOUND_MESSAGE && i.channel() == InteractionChannel.SMS)
                    .map(i -> i.sourceRef()).sorted().collect(Collectors.toList());
            assertEquals(List.of("outbox:" + healthy, "outbox:" + flaky).stream().sorted().collect(Collectors.toList()),
                    refs);

            // the dead letter is listed and can be requeued
            assertEquals(List.of(throwing), crm.outbox().deadLetters(ACTOR, 10).stream().map(m -> m.message().id())
                    .collect(Collectors.toList()));
            assertEquals(1, crm.outbox().requeue(ACTOR, List.of(throwing, healthy)));
            assertState(crm, throwing, OutboundMessageStatus.PENDING, 0, clock.instant());
        }
    }

    @StoreTest
    void aHangingChannelDoesNotDelayAHealthyOne(StoreKind kind) throws Exception {
        MutableClock clock = new MutableClock(T0);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch hangEntered = new CountDownLatch(1);
        CountDownLatch healthyCommitted = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        TestChannels plugin = new TestChannels("test-channels", Map.of(
                "hangs", (m, attempt) -> {
                    order.add("hang entered");
                    hangEntered.countDown();
                    if (healthyCommitted.await(60, TimeUnit.SECONDS)) {
                        order.add("hang still running when the healthy message was committed");
                    }
                    try {
                        never.await();
                    } finally {
                        order.add("hang cut off");
                    }
                    throw new AssertionError("unreachable");
                },
                "healthy", (m, attempt) -> {
                    assertTrue(hangEntered.await(60, TimeUnit.SECONDS));
                    order.add("healthy sent");
                    return TestChannels.accept(m);
                }));
        DeliveryObserver observer = new DeliveryObserver() {
            @Override
            public void messageFinished(UUID messageId, String channel, OutboundMessageStatus status) {
                if (channel.equals("healthy") && status == OutboundMessageStatus.DELIVERED) {
                    order.add("healthy committed");
                    healthyCommitted.countDown();
                }
            }
        };
        // the hang's timeout only has to outlast the healthy channel's commit; the order is what is asserted
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).plugin(plugin).deliveryObserver(observer)
                .pluginProperties(plugin.properties("channel.hangs.call-timeout", "5s", "channel.hangs.max-concurrency", "1"))
                .build()) {
            BranchId ho = OutboxFixtures.branch(crm);
            Customer c = OutboxFixtures.customer(crm, 2, ho);
            UUID hung = crm.outbox().enqueue(ACTOR, NewOutboundMessage.to(c.id(), "hangs", "t", null, "x")).message().id();
            UUID fine = crm.outbox().enqueue(ACTOR, NewOutboundMessage.to(c.id(), "healthy", "t", null, "x")).message().id();

            DispatchReport report = crm.outbox().dispatchOnce();

            assertEquals(List.of("hang entered", "healthy sent", "healthy committed",
                    "hang still running when the healthy message was committed", "hang cut off"), order);
            assertEquals(new DispatchReport(2, 1, 1, 0, 0, 0, 0), report);
            assertState(crm, fine, OutboundMessageStatus.DELIVERED, 1, null);
            OutboxMessage timedOut = assertState(crm, hung, OutboundMessageStatus.FAILED, 1, T0.plusSeconds(30));
            assertEquals("TIMED_OUT timeout: no answer within PT5S", timedOut.message().lastError());
        }
    }

    @StoreTest
    void messagesLeftDeliveringByAStoppedInstanceAreDeliveredAfterTheLeaseOnTheNextStart(StoreKind kind)
            throws Exception {
        StoreLocation location = TestStores.freshLocation(kind);
        MutableClock clock = new MutableClock(T0);
        CountDownLatch entered = new CountDownLatch(1);
        TestChannels first = new TestChannels("test-channels", Map.of("sms", (m, attempt) -> {
            entered.countDown();
            new CountDownLatch(1).await(); // stuck until the instance stops
            return TestChannels.accept(m);
        }));
        Map<String, String> props = first.properties("channel.sms.max-concurrency", "1", "channel.sms.call-timeout", "60s");
        OutboxSettings settings = OutboxSettings.DEFAULTS.withLease(Duration.ofMinutes(1));
        UUID m1;
        UUID m2;
        Customer c;
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            InsurCrm crm = InsurCrm.builder().location(location).clock(clock).plugin(first).pluginProperties(props)
                    .outbox(settings).build();
            BranchId ho = OutboxFixtures.branch(crm);
            c = OutboxFixtures.customer(crm, 3, ho);
            m1 = crm.outbox().enqueue(ACTOR, NewOutboundMessage.to(c.id(), "sms", "renewal-reminder", null, "a")
                    .withKey("renewal-reminder:P1:2026-04-01")).message().id();
            m2 = crm.outbox().enqueue(ACTOR, NewOutboundMessage.to(c.id(), "sms", "renewal-reminder", null, "b")
                    .withKey("renewal-reminder:P2:2026-04-01")).message().id();
            Future<DispatchReport> round = background.submit(() -> crm.outbox().dispatchOnce());
            assertTrue(entered.await(60, TimeUnit.SECONDS));
            crm.close(); // no draining: both messages were claimed, one is in the channel, one queued behind it
            round.get(60, TimeUnit.SECONDS);
        } finally {
            background.shutdownNow();
        }

        TestChannels second = new TestChannels("test-channels", Map.of("sms", (m, attempt) -> TestChannels.accept(m)));
        try (InsurCrm crm = InsurCrm.builder().location(location).clock(clock).plugin(second).pluginProperties(props)
                .outbox(settings).build()) {
            assertState(crm, m1, OutboundMessageStatus.DELIVERING, 1, null);
            assertState(crm, m2, OutboundMessageStatus.DELIVERING, 1, null);
            assertEquals(DispatchReport.EMPTY, crm.outbox().dispatchOnce(), "the claims' lease still holds");

            // lease = 1 min + call-timeout 60 s × ⌈50 / 1⌉ batches = 51 min
            clock.advance(Duration.ofMinutes(51));
            assertEquals(new DispatchReport(2, 2, 0, 0, 0, 0, 0), crm.outbox().dispatchOnce());
            assertState(crm, m1, OutboundMessageStatus.DELIVERED, 2, null);
            assertState(crm, m2, OutboundMessageStatus.DELIVERED, 2, null);
            // at least once, by the same key: the stuck attempt and the re-delivery of m1 carry one key
            String key1 = first.sent.get(0).idempotencyKey();
            assertEquals("renewal-reminder:P1:2026-04-01", key1);
            assertEquals(List.of("renewal-reminder:P1:2026-04-01", "renewal-reminder:P2:2026-04-01"),
                    second.sent.stream().map(OutboundMessage::idempotencyKey).sorted().collect(Collectors.toList()));
        }
    }

    @StoreTest
    void receiptsAndInboundReportsAreRecordedOnceOnTheCustomersHistory(StoreKind kind) {
        MutableClock clock = new MutableClock(T0);
        TestChannels plugin = new TestChannels("test-channels", Map.of("sms", (m, attempt) -> TestChannels.accept(m)));
        try (InsurCrm crm = TestStores.builder(kind).clock(clock).plugin(plugin).pluginProperties(plugin.properties()).build()) {
            BranchId ho = OutboxFixtures.branch(crm);
            Customer c = OutboxFixtures.customer(crm, 4, ho);
            UUID id = crm.outbox().enqueue(ACTOR, NewOutboundMessage.to(c.id(), "sms", "renewal-reminder", null, "x")
                    .withRecipient(ContactPoint.mobile("13700000000"))).message().id();
            crm.outbox().dispatchOnce();
            assertEquals(ContactPoint.mobile("13700000000"), plugin.sent.get(0).recipient(), "the explicit recipient");

            // the gateway reports the handset delivery later, twice
            DeliveryReceipt handset = new DeliveryReceipt(id.toString(), DeliveryStatus.DELIVERED,
                    Optional.of("gw-" + id), T0.plusSeconds(5), "DELIVRD");
            plugin.inbound.get().receipt(handset);
            plugin.inbound.get().receipt(handset);
            OutboxMessage m = crm.outbox().find(ACTOR, id).orElseThrow();
            assertEquals(OutboundMessageStatus.DELIVERED, m.status());
            assertEquals(List.of(DeliveryStatus.ACCEPTED, DeliveryStatus.DELIVERED),
                    m.receipts().stream().map(DeliveryReceipt::status).collect(Collectors.toList()));

            // the customer replies, and the gateway reports the reply twice
            InboundInteraction reply = new InboundInteraction("sms", "mo-77", ContactPoint.mobile("13700000000"),
                    Optional.empty(), Optional.of(id.toString()), T0.plusSeconds(60), "续保", Map.of());
            plugin.inbound.get().interaction(reply);
            plugin.inbound.get().interaction(reply);
            Map<InteractionType, List<String>> history = crm.views().find(ACTOR, new CustomerLookup.ById(c.id())).orElseThrow()
                    .interactions().stream().collect(Collectors.groupingBy(i -> i.type(),
                            Collectors.mapping(i -> i.sourceRef(), Collectors.toList())));
            assertEquals(Map.of(InteractionType.OUTBOUND_MESSAGE, List.of("outbox:" + id),
                    InteractionType.INQUIRY, List.of("sms:mo-77")), history);

            // a report about an unknown message, or from nobody we know, is refused without personal data
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> plugin.inbound.get()
                    .receipt(DeliveryReceipt.accepted(UUID.randomUUID().toString(), null, T0, "")));
            assertTrue(unknown.getMessage().startsWith("receipt for an unknown message"));
            IllegalArgumentException nobody = assertThrows(IllegalArgumentException.class, () -> plugin.inbound.get()
                    .interaction(new InboundInteraction("sms", "mo-78", ContactPoint.mobile("13600000000"),
                            Optional.empty(), Optional.empty(), T0, "hi", Map.of())));
            assertFalse(nobody.getMessage().contains("13600000000"));

            // a bounce after acceptance dead-letters the message with the gateway's detail
            plugin.inbound.get().receipt(new DeliveryReceipt(id.toString(), DeliveryStatus.FAILED, Optional.empty(),
                    T0.plusSeconds(90), "UNDELIV 0x0B"));
            assertEquals("FAILED receipt: UNDELIV 0x0B", crm.outbox().find(ACTOR, id).orElseThrow().message().lastError());
            assertEquals(OutboundMessageStatus.DEAD, crm.outbox().find(ACTOR, id).orElseThrow().status());
        }
    }

    @StoreTest
    void aMessageForACustomerWithoutAnAddressTheChannelSupportsIsDeadAtOnce(StoreKind kind) {
        TestChannels plugin = new TestChannels("test-channels", Map.of("mail", new TestChannels.Behaviour() {
            @Override
            public DeliveryReceipt send(OutboundMessage m, int attempt) {
                return TestChannels.accept(m);
            }

            @Override
            public Set<ContactKind> kinds() {
                return Set.of(ContactKind.EMAIL);
            }
        }));
        try (InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(T0)).plugin(plugin)
                .pluginProperties(plugin.properties()).build()) {
            Customer c = OutboxFixtures.customer(crm, 5, OutboxFixtures.branch(crm)); // a mobile, no e-mail
            UUID id = crm.outbox().enqueue(ACTOR, NewOutboundMessage.to(c.id(), "mail", "t", "s", "x")).message().id();
            assertEquals(new DispatchReport(1, 0, 0, 1, 0, 0, 0), crm.outbox().dispatchOnce());
            assertTrue(plugin.sent.isEmpty());
            OutboxMessage dead = assertState(crm, id, OutboundMessageStatus.DEAD, 1, null);
            assertEquals("NOT_SUPPORTED no-recipient: the customer has no address of a kind the channel supports",
                    dead.message().lastError());
            // an unknown channel is refused when queuing, naming the field
            ValidationException e = assertThrows(ValidationException.class, () -> crm.outbox().enqueue(ACTOR,
                    NewOutboundMessage.to(c.id(), "fax", "t", null, "x")));
            assertEquals("channel", e.violations().get(0).field());
        }
    }

    @StoreTest
    void theBackgroundDispatcherDeliversMessagesAndEventsUntilClosed(StoreKind kind) throws Exception {
        CountDownLatch done = new CountDownLatch(2);
        DeliveryObserver observer = new DeliveryObserver() {
            @Override
            public void messageFinished(UUID messageId, String channel, OutboundMessageStatus status) {
                done.countDown();
            }

            @Override
            public void eventFinished(UUID eventId, String listener, OutboundMessageStatus status) {
                done.countDown();
            }
        };
        TestChannels plugin = new TestChannels("test-channels", Map.of("sms", (m, attempt) -> TestChannels.accept(m)));
        List<EventType> seen = new CopyOnWriteArrayList<>();
        InsurCrm crm = TestStores.builder(kind).clock(new MutableClock(T0)).plugin(plugin)
                .pluginProperties(plugin.properties()).eventListener("audit", e -> seen.add(e.type()))
                .deliveryObserver(observer).outbox(OutboxSettings.DEFAULTS.withPollInterval(Duration.ofMillis(20)))
                .startDispatcher().build();
        try {
            Customer c = OutboxFixtures.customer(crm, 6, OutboxFixtures.branch(crm));
            UUID id = crm.outbox().enqueue(ACTOR, NewOutboundMessage.to(c.id(), "sms", "t", null, "x")).message().id();
            assertTrue(done.await(60, TimeUnit.SECONDS), "the background dispatcher delivered both");
            assertEquals(OutboundMessageStatus.DELIVERED, crm.outbox().find(ACTOR, id).orElseThrow().status());
            assertEquals(List.of(EventType.CUSTOMER_CREATED), seen);
        } finally {
            crm.close(); // stops the scheduler without draining
        }
        assertThrows(IllegalStateException.class, () -> crm.outbox());
    }

    private static OutboxMessage assertState(InsurCrm crm, UUID id, OutboundMessageStatus status, int attempts,
            Instant nextAttemptAt) {
        OutboxMessage m = crm.outbox().find(ACTOR, id).orElseThrow();
        assertEquals(status, m.status(), "status of " + id);
        assertEquals(attempts, m.message().attempts(), "attempts of " + id);
        if (nextAttemptAt != null) {
            assertEquals(nextAttemptAt, m.message().nextAttemptAt(), "next attempt of " + id);
        }
        return m;
    }
}
