package io.insurcrm.core.plugin;

import static io.insurcrm.core.plugin.TestPlugins.alertRuleFactory;
import static io.insurcrm.core.plugin.TestPlugins.channelFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.insurcrm.core.plugin.CallOutcome.Failure;
import io.insurcrm.core.plugin.CallOutcome.FailureKind;
import io.insurcrm.spi.AlertFinding;
import io.insurcrm.spi.Channel;
import io.insurcrm.spi.ChannelContext;
import io.insurcrm.spi.ChannelException;
import io.insurcrm.spi.ConfigProperty;
import io.insurcrm.spi.ConfigValues;
import io.insurcrm.spi.ContactKind;
import io.insurcrm.spi.ContactPoint;
import io.insurcrm.spi.CrmEvent;
import io.insurcrm.spi.CustomerFacts;
import io.insurcrm.spi.CustomerSnapshot;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.EventListener;
import io.insurcrm.spi.EventType;
import io.insurcrm.spi.InboundInteraction;
import io.insurcrm.spi.InboundSink;
import io.insurcrm.spi.Importer;
import io.insurcrm.spi.OutboundMessage;
import io.insurcrm.spi.PluginConfigException;
import io.insurcrm.spi.RowKind;
import io.insurcrm.spi.SegmentAssignment;
import io.insurcrm.spi.Severity;
import io.insurcrm.spi.SpiVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PluginHostTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private static final ConfigProperty HOST = ConfigProperty.required("host", "SMTP server host");
    private static final ConfigProperty PORT = ConfigProperty.optional("port", "25", "SMTP server port");
    private static final ConfigProperty PASSWORD = ConfigProperty.optional("password", "SMTP password").asSecret();
    private static final ConfigProperty FROM = ConfigProperty.required("from", "sender address");

    /** Released in cleanup so no hanging plugin thread outlives its test. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<PluginHost> hosts = new ArrayList<>();
    private final Map<String, Map<String, String>> configsSeen = new ConcurrentHashMap<>();
    private final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();

    @AfterEach
    void cleanUp() {
        release.countDown();
        hosts.forEach(PluginHost::close);
    }

    /** A fake SMTP-like channel factory that records its config and behaves as the message's body says. */
    private TestPlugins.Plugin mailPlugin() {
        return new TestPlugins.Plugin("mail").with(channelFactory("email", List.of(HOST, PORT, PASSWORD, FROM),
                (config, ctx) -> {
                    configsSeen.put(ctx.componentName(), config);
                    ConfigValues.of(config).integer(PORT, 1, 65535);
                    return new Channel() {
                        @Override
                        public DeliveryReceipt send(OutboundMessage m) throws ChannelException {
                            sent.add(m);
                            switch (m.body()) {
                                case "down":
                                    throw ChannelException.retryable("421 service not available", null);
                                case "refused":
                                    throw ChannelException.permanent("550 mailbox unavailable", null);
                                case "bug":
                                    throw new IllegalStateException("plugin bug");
                                case "null":
                                    return null;
                                case "foreign":
                                    return DeliveryReceipt.accepted("someone-else", null, ctx.clock().instant(), "");
                                default:
                                    return DeliveryReceipt.accepted(m.messageId(), "q-" + m.idempotencyKey(),
                                            ctx.clock().instant(), "250 queued");
                            }
                        }

                        @Override
                        public Set<ContactKind> supportedKinds() {
                            return EnumSet.of(ContactKind.EMAIL);
                        }
                    };
                }));
    }

    private PluginHost host(PluginRegistry registry, Map<String, String> properties) {
        PluginHost host = PluginHost.builder(registry).clock(CLOCK).configure(PluginConfig.parse(properties)).build();
        hosts.add(host);
        return host;
    }

    private static OutboundMessage message(String channel, String body) {
        return new OutboundMessage("m-" + body, "idem-" + body, channel, ContactPoint.email("li.lei@example.com"),
                "Renewal", body, Optional.empty(), Map.of(), T0);
    }

    @Test
    void buildsAChannelFromPropertiesWithDefaultsFilledAndHostKeysKeptApart() {
        PluginRegistry registry = PluginRegistry.builder().add(mailPlugin()).build();
        PluginHost host = host(registry, Map.of("channel.email.host", "smtp.example.com", "channel.email.from",
                "crm@example.com", "channel.email.call-timeout", "5s"));
        assertEquals(Map.of("host", "smtp.example.com", "from", "crm@example.com", "port", "25"), configsSeen.get("email"));
        ManagedChannel email = host.channel("email").orElseThrow();
        assertEquals(Duration.ofSeconds(5), email.info().settings().callTimeout());
        assertEquals(8, email.info().settings().maxAttempts());
        assertEquals("email", email.info().factory().name());
        assertEquals("mail", email.info().factory().plugin().name());
        assertTrue(email.supports(ContactKind.EMAIL));
        assertFalse(email.supports(ContactKind.MOBILE));
    }

    @Test
    void oneFactoryMayBackSeveralNamedChannels() {
        PluginRegistry registry = PluginRegistry.builder().add(mailPlugin()).build();
        PluginHost host = host(registry, Map.of(
                "channel.service-mail.factory", "email", "channel.service-mail.host", "a.example.com",
                "channel.service-mail.from", "service@example.com",
                "channel.marketing-mail.factory", "email", "channel.marketing-mail.host", "b.example.com",
                "channel.marketing-mail.from", "news@example.com", "channel.marketing-mail.port", "2525"));
        assertEquals(List.of("marketing-mail", "service-mail"), host.channels().stream().map(ManagedChannel::name).toList());
        assertEquals("2525", configsSeen.get("marketing-mail").get("port"));
        assertEquals("a.example.com", configsSeen.get("service-mail").get("host"));
    }

    @Test
    void everyConfigurationProblemIsReportedAtOnceWithDidYouMeanHints() {
        PluginRegistry registry = PluginRegistry.builder().add(mailPlugin()).build();
        InvalidPluginConfigException e = assertThrows(InvalidPluginConfigException.class, () -> host(registry, Map.of(
                "channel.email.hots", "smtp.example.com",
                "channel.email.from", "crm@example.com",
                "channel.email.pasword", "hunter2",
                "channel.email.call-timout", "5s",
                "channel.sms.url", "https://gw.example.com",
                "channel.emial.factory", "emial")));
        assertEquals(List.of(
                "channel 'email': unknown key 'call-timout' (did you mean 'call-timeout'?)",
                "channel 'email': unknown key 'hots' (did you mean 'host'?)",
                "channel 'email': unknown key 'pasword' (did you mean 'password'?)",
                "channel 'email': config key 'host' is required (SMTP server host)",
                "channel 'emial': no channel factory named 'emial' (did you mean 'email'?); available: [email]",
                "channel 'sms': no channel factory named 'sms'; available: [email] (name one with 'factory')"),
                e.problems());
        assertTrue(e.getMessage().startsWith("invalid plugin configuration (6 problems):\n  channel 'email'"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));
        assertTrue(configsSeen.isEmpty(), "no plugin code runs while the configuration is invalid");
    }

    @Test
    void aValueThePluginRefusesIsReportedByKeyWithoutTheValue() {
        PluginRegistry registry = PluginRegistry.builder().add(mailPlugin()).build();
        InvalidPluginConfigException e = assertThrows(InvalidPluginConfigException.class, () -> host(registry, Map.of(
                "channel.email.host", "smtp.example.com", "channel.email.from", "crm@example.com",
                "channel.email.port", "99999")));
        assertEquals(List.of("channel 'email': config key 'port' must be an integer 1..65535"), e.problems());
    }

    @Test
    void aFactoryThatThrowsSomethingElseIsReportedByTypeOnlySoSecretsDoNotLeak() {
        TestPlugins.Plugin p = new TestPlugins.Plugin("leaky").with(channelFactory("leaky", List.of(PASSWORD),
                (config, ctx) -> {
                    throw new IllegalArgumentException("cannot log in with " + config.get("password"));
                }));
        PluginRegistry registry = PluginRegistry.builder().add(p).build();
        InvalidPluginConfigException e = assertThrows(InvalidPluginConfigException.class,
                () -> host(registry, Map.of("channel.leaky.password", "hunter2")));
        assertEquals(List.of("channel 'leaky': leaky's channel factory 'leaky' failed to create it"
                + " (THREW IllegalArgumentException)"), e.problems());
    }

    @Test
    void theEffectiveConfigurationIsLoggedWithSecretsMasked() {
        Logger logger = (Logger) LoggerFactory.getLogger(PluginHost.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            PluginRegistry registry = PluginRegistry.builder().add(mailPlugin()).build();
            PluginHost host = host(registry, Map.of("channel.email.host", "smtp.example.com",
                    "channel.email.from", "crm@example.com", "channel.email.password", "hunter2"));
            String line = appender.list.get(0).getFormattedMessage();
            assertTrue(line.startsWith("channel 'email' (channel factory 'email' of plugin 'mail' 9.9.9"), line);
            assertTrue(line.contains("{from=crm@example.com, host=smtp.example.com, password=******, port=25}"), line);
            assertFalse(line.contains("hunter2"));
            assertEquals("******", host.channel("email").orElseThrow().info().maskedConfig().get("password"));
            assertEquals("hunter2", configsSeen.get("email").get("password"), "the plugin itself gets the secret");
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void aComponentConfiguredTwiceFailsInsteadOfKeepingTheFirst() {
        PluginRegistry registry = PluginRegistry.builder().add(mailPlugin()).build();
        PluginHost.Builder b = PluginHost.builder(registry).configure(ComponentKind.CHANNEL, "email", Map.of("host", "a"));
        DuplicatePluginException e = assertThrows(DuplicatePluginException.class,
                () -> b.configure(ComponentKind.CHANNEL, "email", Map.of("host", "b")));
        assertEquals("channel 'email' is configured twice; a component name must be unique among its kind", e.getMessage());
    }

    @Test
    void sendingTranslatesEveryPluginBehaviourIntoAnOutcome() {
        PluginRegistry registry = PluginRegistry.builder().add(mailPlugin()).build();
        ManagedChannel email = host(registry, Map.of("channel.email.host", "h", "channel.email.from", "f@example.com"))
                .channel("email").orElseThrow();

        CallOutcome<DeliveryReceipt> ok = email.send(message("email", "hello"));
        assertEquals(Optional.of(DeliveryReceipt.accepted("m-hello", "q-idem-hello", T0, "250 queued")), ok.value());

        Failure<DeliveryReceipt> down = (Failure<DeliveryReceipt>) email.send(message("email", "down"));
        assertEquals(new Failure<>(FailureKind.THREW, true, "ChannelException", "421 service not available",
                down.elapsed()), down);
        Failure<DeliveryReceipt> refused = (Failure<DeliveryReceipt>) email.send(message("email", "refused"));
        assertFalse(refused.retryable());
        assertEquals("THREW ChannelException: 550 mailbox unavailable", refused.describe());
        Failure<DeliveryReceipt> bug = (Failure<DeliveryReceipt>) email.send(message("email", "bug"));
        assertEquals("IllegalStateException", bug.errorType());
        assertTrue(bug.retryable(), "an unexpected exception may be transient; attempts are bounded by max-attempts");
        assertEquals(FailureKind.INVALID_RESULT, ((Failure<DeliveryReceipt>) email.send(message("email", "null"))).kind());
        Failure<DeliveryReceipt> foreign = (Failure<DeliveryReceipt>) email.send(message("email", "foreign"));
        assertEquals("foreign-receipt", foreign.errorType());

        OutboundMessage sms = new OutboundMessage("m-sms", "k", "email", ContactPoint.mobile("13800138000"), "", "hi",
                Optional.empty(), Map.of(), T0);
        Failure<DeliveryReceipt> unsupported = (Failure<DeliveryReceipt>) email.send(sms);
        assertEquals(FailureKind.NOT_SUPPORTED, unsupported.kind());
        assertFalse(unsupported.retryable());
        assertEquals(6, sent.size(), "the unsupported message never reached the plugin");
        assertThrows(IllegalArgumentException.class, () -> email.send(message("sms", "hello")));
    }

    @Test
    void aHangingChannelIsCutOffByItsTimeoutAndItsThreadInterrupted() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicReference<String> threadName = new AtomicReference<>();
        TestPlugins.Plugin p = new TestPlugins.Plugin("slow").with(channelFactory("hang", List.of(), (c, ctx) -> m -> {
            if (m.body().equals("warm-up")) {
                return DeliveryReceipt.accepted(m.messageId(), null, T0, "");
            }
            threadName.set(Thread.currentThread().getName());
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw ChannelException.retryable("interrupted", e);
            }
            return DeliveryReceipt.accepted(m.messageId(), null, T0, "too late");
        }));
        PluginHost host = host(PluginRegistry.builder().add(p).build(), Map.of("channel.hang.call-timeout", "500ms"));
        ManagedChannel hang = host.channel("hang").orElseThrow();
        assertTrue(hang.send(message("hang", "warm-up")).succeeded(), "the pool's thread is up before the timed call");

        CallOutcome<DeliveryReceipt> outcome = hang.send(message("hang", "x"));

        assertTrue(entered.await(5, TimeUnit.SECONDS));
        Failure<DeliveryReceipt> f = (Failure<DeliveryReceipt>) outcome;
        assertEquals(FailureKind.TIMED_OUT, f.kind());
        assertTrue(f.retryable());
        assertEquals("TIMED_OUT timeout: no answer within PT0.5S", f.describe());
        assertTrue(f.elapsed().compareTo(Duration.ofMillis(500)) >= 0);
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the plugin's thread was interrupted on timeout");
        assertTrue(threadName.get().startsWith("insurcrm-plugin-channel-hang-"), threadName.get());
    }

    @Test
    void channelsGetANarrowContextAndMayReportInboundOnlyUnderTheirOwnName() {
        AtomicReference<ChannelContext> seen = new AtomicReference<>();
        List<Object> inbound = new CopyOnWriteArrayList<>();
        TestPlugins.Plugin p = new TestPlugins.Plugin("ctx").with(channelFactory("wechat", List.of(), (c, ctx) -> {
            seen.set(ctx);
            return m -> null;
        }));
        CustomerSnapshot snapshot = new CustomerSnapshot("c-1", "李*", Optional.empty(), List.of());
        PluginHost host = PluginHost.builder(PluginRegistry.builder().add(p).build()).clock(CLOCK)
                .customers(id -> id.equals("P-1") ? Optional.of(snapshot) : Optional.empty())
                .inbound(new InboundSink() {
                    @Override
                    public void interaction(InboundInteraction i) {
                        inbound.add(i);
                    }

                    @Override
                    public void receipt(DeliveryReceipt r) {
                        inbound.add(r);
                    }
                })
                .configure(ComponentKind.CHANNEL, "wechat", Map.of()).build();
        hosts.add(host);
        ChannelContext ctx = seen.get();
        assertEquals("wechat", ctx.componentName());
        assertEquals(T0, ctx.clock().instant());
        assertEquals(SpiVersion.CURRENT, ctx.hostSpiVersion());
        assertEquals("insurcrm.plugin.ctx.wechat", ctx.logger().getName());
        assertEquals(Optional.of(snapshot), ctx.customers().find("P-1"));
        InboundInteraction mine = new InboundInteraction("wechat", "wx-1", new ContactPoint(ContactKind.MESSENGER, "openid-1"),
                Optional.empty(), Optional.empty(), T0, "ok", Map.of());
        ctx.inbound().interaction(mine);
        ctx.inbound().receipt(DeliveryReceipt.accepted("m-1", "wx-9", T0, ""));
        InboundInteraction other = new InboundInteraction("sms", "wx-2", ContactPoint.mobile("13800138000"),
                Optional.empty(), Optional.empty(), T0, "ok", Map.of());
        assertThrows(IllegalArgumentException.class, () -> ctx.inbound().interaction(other));
        assertEquals(2, inbound.size());
        assertEquals(mine, inbound.get(0));
    }

    @Test
    void alertRulesAreCalledSafelyAndTheirFindingsCarryTheConfiguredName() {
        TestPlugins.Plugin p = new TestPlugins.Plugin("rules").with(alertRuleFactory("many-claims",
                List.of(ConfigProperty.optional("threshold", "3", "claims in 12 months")), (config, ctx) -> {
                    int threshold = Integer.parseInt(config.get("threshold"));
                    return facts -> {
                        if (facts.customerRef().equals("explode")) {
                            throw new ArithmeticException("/ by zero");
                        }
                        return facts.claimCount12m() >= threshold
                                ? List.of(new AlertFinding("whatever", Severity.HIGH, "many claims",
                                        Map.of("claims12m", String.valueOf(facts.claimCount12m()))))
                                : List.of();
                    };
                }));
        PluginHost host = host(PluginRegistry.builder().add(p).build(), Map.of(
                "alert-rule.strict.factory", "many-claims", "alert-rule.strict.threshold", "2",
                "alert-rule.many-claims.factory", "many-claims"));
        LocalDate asOf = LocalDate.of(2026, 3, 31);
        CustomerFacts two = CustomerFacts.empty("c-1", asOf, "CNY").withClaims(2, 2, java.math.BigDecimal.ZERO,
                java.math.BigDecimal.ZERO, Optional.empty(), java.util.OptionalInt.of(0), List.of());
        ManagedAlertRule strict = host.alertRules().stream().filter(r -> r.name().equals("strict")).findFirst().orElseThrow();
        ManagedAlertRule lenient = host.alertRules().stream().filter(r -> r.name().equals("many-claims")).findFirst()
                .orElseThrow();
        assertEquals(List.of(new AlertFinding("strict", Severity.HIGH, "many claims", Map.of("claims12m", "2"))),
                strict.evaluate(two).value().orElseThrow());
        assertEquals(List.of(), lenient.evaluate(two).value().orElseThrow());
        Failure<List<AlertFinding>> f = (Failure<List<AlertFinding>>) strict.evaluate(CustomerFacts.empty("explode", asOf, "CNY"));
        assertEquals("ArithmeticException", f.errorType());
        assertFalse(f.retryable(), "the same facts would fail again");

        List<CallOutcome<List<AlertFinding>>> batch = strict.evaluateBatch(
                List.of(two, CustomerFacts.empty("explode", asOf, "CNY"), CustomerFacts.empty("c-3", asOf, "CNY")));
        assertEquals(List.of(true, false, true), batch.stream().map(CallOutcome::succeeded).toList());
    }

    @Test
    void aHangingRuleCutsOffItsWholeBatchButNotTheCaller() {
        TestPlugins.Plugin p = new TestPlugins.Plugin("rules").with(alertRuleFactory("stuck", List.of(),
                (config, ctx) -> facts -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return List.of();
                }));
        PluginHost host = host(PluginRegistry.builder().add(p).build(), Map.of("alert-rule.stuck.call-timeout", "100ms"));
        LocalDate asOf = LocalDate.of(2026, 3, 31);
        List<CallOutcome<List<AlertFinding>>> batch = host.alertRules().get(0).evaluateBatch(
                List.of(CustomerFacts.empty("a", asOf, "CNY"), CustomerFacts.empty("b", asOf, "CNY")));
        assertEquals(List.of(FailureKind.TIMED_OUT, FailureKind.TIMED_OUT),
                batch.stream().map(o -> ((Failure<List<AlertFinding>>) o).kind()).toList());
    }

    @Test
    void segmentRulesListenersAndImportersAreWrappedToo() {
        List<CrmEvent> received = new CopyOnWriteArrayList<>();
        EventListener claimsOnly = new EventListener() {
            @Override
            public Set<EventType> eventTypes() {
                return EnumSet.of(EventType.CLAIM_FILED);
            }

            @Override
            public void onEvent(CrmEvent event) {
                if (event.attributes().containsKey("fail")) {
                    throw new IllegalStateException("downstream unavailable");
                }
                received.add(event);
            }
        };
        Importer importer = new Importer() {
            @Override
            public RowKind kind() {
                return RowKind.POLICIES;
            }

            @Override
            public void read(Consumer<Map<String, String>> rows) {
                rows.accept(Map.of("policy_number", "P-1"));
                rows.accept(Map.of("policy_number", "P-2"));
            }
        };
        TestPlugins.Plugin p = new TestPlugins.Plugin("misc")
                .with(TestPlugins.segmentRuleFactory("loyal", facts -> facts.tenureYears() >= 5
                        ? Optional.of(new SegmentAssignment("loyal", 90, List.of("tenure at least 5 years")))
                        : Optional.empty()))
                .with(TestPlugins.listenerFactory("claims-feed", claimsOnly))
                .with(TestPlugins.importerFactory("core-policies", importer));
        PluginHost host = host(PluginRegistry.builder().add(p).build(), Map.of(
                "segment-rule.loyal.factory", "loyal", "event-listener.claims-feed.max-attempts", "3",
                "importer.core-policies.factory", "core-policies"));

        CustomerFacts veteran = CustomerFacts.empty("c-1", LocalDate.of(2026, 3, 31), "CNY")
                .withRelationship(6, 2, 1, Optional.empty());
        assertEquals(Optional.of(new SegmentAssignment("loyal", 90, List.of("tenure at least 5 years"))),
                host.segmentRules().get(0).evaluate(veteran).value().orElseThrow());

        assertEquals(List.of(), host.listenersFor(EventType.POLICY_ISSUED));
        ManagedEventListener listener = host.listenersFor(EventType.CLAIM_FILED).get(0);
        assertEquals(3, listener.info().settings().maxAttempts());
        CrmEvent filed = new CrmEvent("e-1", EventType.CLAIM_FILED, T0, "c-1", Optional.of("CL-1"), Map.of());
        assertTrue(listener.deliver(filed).succeeded());
        CallOutcome<CrmEvent> failed = listener.deliver(new CrmEvent("e-2", EventType.CLAIM_FILED, T0, "c-1",
                Optional.empty(), Map.of("fail", "yes")));
        assertTrue(((Failure<CrmEvent>) failed).retryable());
        assertEquals(List.of(filed), received);

        ManagedImporter imp = host.importer("core-policies").orElseThrow();
        assertEquals(RowKind.POLICIES, imp.kind());
        List<Map<String, String>> rows = new ArrayList<>();
        assertEquals(Optional.of(2L), imp.read(rows::add).value());
        assertEquals(List.of(Map.of("policy_number", "P-1"), Map.of("policy_number", "P-2")), rows);
    }

    @Test
    void closingClosesChannelsAndRejectsLaterCalls() {
        CountDownLatch closed = new CountDownLatch(1);
        TestPlugins.Plugin p = new TestPlugins.Plugin("c").with(channelFactory("email", List.of(), (c, ctx) -> new Channel() {
            @Override
            public DeliveryReceipt send(OutboundMessage m) {
                return DeliveryReceipt.accepted(m.messageId(), null, T0, "");
            }

            @Override
            public void close() {
                closed.countDown();
            }
        }));
        PluginHost host = host(PluginRegistry.builder().add(p).build(), Map.of("channel.email.factory", "email"));
        ManagedChannel email = host.channel("email").orElseThrow();
        host.close();
        assertEquals(0, closed.getCount());
        Failure<DeliveryReceipt> f = (Failure<DeliveryReceipt>) email.send(message("email", "late"));
        assertEquals(FailureKind.REJECTED, f.kind());
        assertEquals("the plugin host is closed", f.message());
    }

    @Test
    void propertiesThatFitNoKindAreRefusedWithAHint() {
        InvalidPluginConfigException e = assertThrows(InvalidPluginConfigException.class,
                () -> PluginConfig.parse(Map.of("chanel.email.host", "x", "channel.email", "y")));
        assertEquals(List.of(
                "property 'chanel.email.host' is not <kind>.<name>.<key> with a kind among [channel, alert-rule,"
                        + " segment-rule, event-listener, importer] (did you mean the kind 'channel'?)",
                "property 'channel.email' is not <kind>.<name>.<key> with a kind among [channel, alert-rule,"
                        + " segment-rule, event-listener, importer] (did you mean the kind 'channel'?)"),
                e.problems());
        PluginConfig ok = PluginConfig.parse(Map.of("channel.email.smtp.auth", "true", "alert-rule.early.days", " 30 "));
        assertEquals(Map.of("email", Map.of("smtp.auth", "true")), ok.of(ComponentKind.CHANNEL));
        assertEquals(Map.of("early", Map.of("days", "30")), ok.of(ComponentKind.ALERT_RULE));
        assertEquals(Map.of(), ok.of(ComponentKind.IMPORTER));
    }

    @Test
    void aMalformedReservedKeyIsReportedLikeAnyOther() {
        PluginRegistry registry = PluginRegistry.builder().add(mailPlugin()).build();
        InvalidPluginConfigException e = assertThrows(InvalidPluginConfigException.class, () -> host(registry, Map.of(
                "channel.email.host", "h", "channel.email.from", "f", "channel.email.call-timeout", "forever")));
        assertEquals(List.of("channel 'email': config key 'call-timeout' must be a positive duration such as 500ms,"
                + " 30s or 5m, at most PT24H"), e.problems());
        assertThrows(PluginConfigException.class, () -> ComponentSettings.read(ComponentKind.CHANNEL, "x",
                Map.of("backoff.initial", "1h", "backoff.max", "1m")));
    }
}
