package io.insurcrm.examples.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.insurcrm.spi.ChannelContext;
import io.insurcrm.spi.ChannelException;
import io.insurcrm.spi.ContactPoint;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.InboundSink;
import io.insurcrm.spi.OutboundMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Implicit TLS (SMTPS) against GreenMail with a certificate made for this test by the JDK's keytool,
 * valid for 127.0.0.1, so the channel's host-name verification is exercised for real.
 */
class EmailChannelTlsTest {
    private static final String PASSWORD = "changeit";
    private static final Path KEYSTORE = makeKeyStore();

    @RegisterExtension
    static final GreenMailExtension SMTPS = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("crm@insurer.example", "crm", "s3cret"));

    /** Runs before the extension field is initialised: GreenMail reads its key store from these properties. */
    private static Path makeKeyStore() {
        try {
            Path dir = Files.createTempDirectory("smtps");
            Path file = dir.resolve("server.p12");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "greenmail", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                    "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool failed");
            }
            System.setProperty("greenmail.tls.keystore.file", file.toString());
            System.setProperty("greenmail.tls.keystore.password", PASSWORD);
            System.setProperty("greenmail.tls.key.password", PASSWORD);
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SSLSocketFactory trusting(Path keyStore) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            trust.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx.getSocketFactory();
    }

    private static Map<String, String> config() {
        Map<String, String> c = new HashMap<>();
        c.put("host", "127.0.0.1");
        c.put("port", String.valueOf(SMTPS.getSmtps().getPort()));
        c.put("from", "crm@insurer.example");
        c.put("username", "crm");
        c.put("password", "s3cret");
        c.put("tls", "implicit");
        c.put("timeout", "10s");
        return c;
    }

    private static final ChannelContext CONTEXT = ChannelContext.standalone("email",
            Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC), InboundSink.refusing());

    private static OutboundMessage message() {
        return new OutboundMessage("m-tls", "idem-tls", "email", ContactPoint.email("li.lei@example.com"), "Over TLS",
                "Sent over implicit TLS.", Optional.empty(), Map.of(), Instant.parse("2026-03-01T08:00:00Z"));
    }

    @Test
    void deliversOverImplicitTlsWithAVerifiedCertificate() throws Exception {
        DeliveryReceipt r = new EmailChannelFactory(trusting(KEYSTORE)).create(config(), CONTEXT).send(message());
        assertEquals(Optional.of("<idem-tls@insurer.example>"), r.providerRef());
        assertTrue(SMTPS.waitForIncomingEmail(5_000, 1));
        assertEquals("Over TLS", SMTPS.getReceivedMessages()[0].getSubject());
    }

    @Test
    void anUntrustedCertificateIsRefusedAndNothingIsSent() {
        ChannelException e = assertThrows(ChannelException.class,
                () -> new EmailChannelFactory().create(config(), CONTEXT).send(message()));
        assertTrue(e.getMessage().endsWith("failed (SSLHandshakeException)"), e.getMessage());
        assertEquals(0, SMTPS.getReceivedMessages().length);
    }
}
