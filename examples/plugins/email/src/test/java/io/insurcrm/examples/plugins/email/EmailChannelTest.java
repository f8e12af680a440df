package io.insurcrm.examples.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.insurcrm.spi.Channel;
import io.insurcrm.spi.ChannelContext;
import io.insurcrm.spi.ChannelException;
import io.insurcrm.spi.ContactKind;
import io.insurcrm.spi.ContactPoint;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.DeliveryStatus;
import io.insurcrm.spi.InboundSink;
import io.insurcrm.spi.OutboundMessage;
import io.insurcrm.spi.PluginConfigException;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmailChannelTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final ChannelContext CONTEXT = ChannelContext.standalone("email", Clock.fixed(T0, ZoneOffset.UTC),
            InboundSink.refusing());

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("crm@insurer.example", "crm", "s3cret"))
            .withPerMethodLifecycle(true);

    private static Map<String, String> config(int port) {
        Map<String, String> c = new HashMap<>();
        c.put("host", "127.0.0.1");
        c.put("port", String.valueOf(port));
        c.put("from", "crm@insurer.example");
        c.put("username", "crm");
        c.put("password", "s3cret");
        c.put("tls", "none");
        c.put("timeout", "5s");
        return c;
    }

    private static Channel channel(Map<String, String> config) {
        return new EmailChannelFactory().create(config, CONTEXT);
    }

    private static OutboundMessage message(String to, String key) {
        return new OutboundMessage("msg-1", key, "email", ContactPoint.email(to),
                "续保提醒：您的保单将于30天后到期", "尊敬的客户：\n您的车险保单 P-2026-001 将于 2026-03-31 到期。\n.\n请及时续保。",
                Optional.of("renewal-reminder"), Map.of(), T0);
    }

    @Test
    void deliversOverRealSmtpWithSubjectBodyRecipientAndIdempotencyKey() throws Exception {
        DeliveryReceipt receipt = channel(config(SMTP.getSmtp().getPort())).send(message("li.lei@example.com", "idem-1"));

        assertEquals(DeliveryStatus.ACCEPTED, receipt.status());
        assertEquals("msg-1", receipt.messageId());
        assertEquals(Optional.of("<idem-1@insurer.example>"), receipt.providerRef());
        assertEquals(T0, receipt.at());
        assertTrue(receipt.detail().startsWith("250"), receipt.detail());
        assertTrue(SMTP.waitForIncomingEmail(5_000, 1));
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals("续保提醒：您的保单将于30天后到期", received.getSubject());
        assertEquals("li.lei@example.com", received.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("crm@insurer.example", received.getFrom()[0].toString());
        assertEquals("尊敬的客户：\r\n您的车险保单 P-2026-001 将于 2026-03-31 到期。\r\n.\r\n请及时续保。",
                ((String) received.getContent()).strip());
        assertEquals("<idem-1@insurer.example>", received.getMessageID());
        assertEquals("idem-1", received.getHeader("X-InsurCRM-Idempotency-Key")[0]);
        assertEquals("msg-1", received.getHeader("X-InsurCRM-Message-Id")[0]);
    }

    @Test
    void aRetryCarriesTheSameMessageIdSoTheDuplicateIsRecognisable() throws Exception {
        Channel email = channel(config(SMTP.getSmtp().getPort()));
        email.send(message("li.lei@example.com", "renewal:P-2026-001:2026-03"));
        email.send(message("li.lei@example.com", "renewal:P-2026-001:2026-03"));
        assertTrue(SMTP.waitForIncomingEmail(5_000, 2));
        MimeMessage[] both = SMTP.getReceivedMessages();
        assertEquals("<renewal_P-2026-001_2026-03@insurer.example>", both[0].getMessageID());
        assertEquals(both[0].getMessageID(), both[1].getMessageID());
    }

    @Test
    void aServerThatIsDownIsARetryableFailure() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        ChannelException e = assertThrows(ChannelException.class,
                () -> channel(config(closedPort)).send(message("li.lei@example.com", "k")));
        assertTrue(e.retryable());
        assertEquals("SMTP connection to 127.0.0.1:" + closedPort + " failed (ConnectException)", e.getMessage());
    }

    @Test
    void aStoppedServerIsARetryableFailureWithoutTheAddressInItsMessage() throws Exception {
        int port = SMTP.getSmtp().getPort();
        Channel email = channel(config(port));
        SMTP.stop();
        ChannelException e = assertThrows(ChannelException.class, () -> email.send(message("li.lei@example.com", "k-2")));
        assertTrue(e.retryable());
        assertFalse(e.getMessage().contains("li.lei"), e.getMessage());
    }

    @Test
    void wrongCredentialsArePermanentAndNameTheStageNotTheSecret() {
        Map<String, String> c = config(SMTP.getSmtp().getPort());
        c.put("password", "wrong-pw");
        ChannelException e = assertThrows(ChannelException.class, () -> channel(c).send(message("li.lei@example.com", "k")));
        assertFalse(e.retryable());
        assertTrue(e.getMessage().startsWith("SMTP server refused AUTH: 535"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-pw"));
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void starttlsIsNeverSilentlyDowngraded() {
        Map<String, String> c = config(SMTP.getSmtp().getPort());
        c.put("tls", "starttls");
        ChannelException e = assertThrows(ChannelException.class, () -> channel(c).send(message("li.lei@example.com", "k")));
        assertFalse(e.retryable());
        assertTrue(e.getMessage().startsWith("the SMTP server does not offer STARTTLS"), e.getMessage());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void anAddressCarryingExtraHeadersIsRefusedBeforeConnecting() {
        ChannelException e = assertThrows(ChannelException.class, () -> channel(config(SMTP.getSmtp().getPort()))
                .send(message("li.lei@example.com\r\nBcc: spy@evil.example", "k")));
        assertFalse(e.retryable());
        assertEquals("the recipient's e-mail address is malformed", e.getMessage());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void configurationIsValidatedByKey() {
        Map<String, String> c = config(25);
        c.put("tls", "sometimes");
        assertEquals("config key 'tls' must be starttls, implicit or none",
                assertThrows(PluginConfigException.class, () -> channel(c)).getMessage());
        Map<String, String> noPassword = config(25);
        noPassword.remove("password");
        assertEquals("password", assertThrows(PluginConfigException.class, () -> channel(noPassword)).key());
        Map<String, String> badFrom = config(25);
        badFrom.put("from", "CRM <crm@insurer.example>");
        assertEquals("from", assertThrows(PluginConfigException.class, () -> channel(badFrom)).key());
        assertEquals(Set.of(ContactKind.EMAIL), channel(config(25)).supportedKinds());
    }

    @Test
    void subjectsAreEncodedAndCannotBreakOutOfTheirHeader() {
        assertEquals("Renewal due", EmailChannel.encodedWord("Renewal due"));
        assertEquals("Renewal due Bcc: x@y.example", EmailChannel.encodedWord("Renewal due\r\nBcc: x@y.example"));
        String encoded = EmailChannel.encodedWord("续保提醒：您的保单将于30天后到期，请尽快联系您的客户经理办理续保手续");
        assertTrue(encoded.startsWith("=?UTF-8?B?"), encoded);
        for (String line : encoded.split("\r\n")) {
            assertTrue(line.length() <= 76, line);
        }
    }
}
