package io.insurcrm.examples.plugins.email;

import io.insurcrm.spi.Channel;
import io.insurcrm.spi.ChannelContext;
import io.insurcrm.spi.ChannelFactory;
import io.insurcrm.spi.ConfigProperty;
import io.insurcrm.spi.ConfigValues;
import io.insurcrm.spi.PluginConfigException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;

/**
 * Creates e-mail channels. Configuration (prefix {@code channel.<name>.}):
 * {@code host} (required), {@code port} (25), {@code from} (required), {@code username},
 * {@code password} (secret), {@code tls} ({@code starttls} | {@code implicit} | {@code none}, default
 * {@code starttls}), {@code timeout} (30s), {@code helo} (insurcrm).
 */
public final class EmailChannelFactory implements ChannelFactory {
    static final ConfigProperty HOST = ConfigProperty.required("host", "SMTP server host name");
    static final ConfigProperty PORT = ConfigProperty.optional("port", "25", "SMTP server port, 1..65535 (587 for submission, 465 for implicit TLS)");
    static final ConfigProperty FROM = ConfigProperty.required("from", "sender address, e.g. service@insurer.example");
    static final ConfigProperty USERNAME = ConfigProperty.optional("username", "SMTP AUTH user; no AUTH if absent");
    static final ConfigProperty PASSWORD = ConfigProperty.optional("password", "SMTP AUTH password").asSecret();
    static final ConfigProperty TLS = ConfigProperty.optional("tls", "starttls",
            "starttls (required, never downgraded), implicit (TLS from the first byte, port 465) or none (trusted local relay only)");
    static final ConfigProperty TIMEOUT = ConfigProperty.optional("timeout", "30s", "connect and read timeout, e.g. 30s");
    static final ConfigProperty HELO = ConfigProperty.optional("helo", "insurcrm", "the name this client gives in EHLO");

    /** How the connection is protected. */
    enum Tls {
        STARTTLS, IMPLICIT, NONE
    }

    /** The validated configuration of one channel. */
    record Settings(String host, int port, String from, Optional<String> username, Optional<String> password, Tls tls,
            Duration timeout, String helo) {
    }

    private final SSLSocketFactory sslFactory;

    /** The factory ServiceLoader-discovered plugins use: TLS with the JDK's default trust store. */
    public EmailChannelFactory() {
        this((SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    EmailChannelFactory(SSLSocketFactory sslFactory) {
        this.sslFactory = sslFactory;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public String description() {
        return "E-mail over SMTP (STARTTLS or implicit TLS, AUTH PLAIN/LOGIN); the idempotency key travels as Message-ID";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(HOST, PORT, FROM, USERNAME, PASSWORD, TLS, TIMEOUT, HELO);
    }

    @Override
    public Channel create(Map<String, String> config, ChannelContext context) {
        return new EmailChannel(settings(config), sslFactory, context);
    }

    static Settings settings(Map<String, String> config) {
        ConfigValues v = ConfigValues.of(config);
        String from = v.string(FROM);
        if (!EmailChannel.ADDRESS.matcher(from).matches()) {
            throw new PluginConfigException(FROM.key(), "must be a plain e-mail address such as service@insurer.example");
        }
        Optional<String> username = v.optional(USERNAME);
        Optional<String> password = v.optional(PASSWORD);
        if (username.isPresent() != password.isPresent()) {
            throw new PluginConfigException(password.isPresent() ? USERNAME.key() : PASSWORD.key(),
                    "must be given together with " + (password.isPresent() ? PASSWORD.key() : USERNAME.key()));
        }
        Tls tls;
        try {
            tls = Tls.valueOf(v.string(TLS).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PluginConfigException(TLS.key(), "must be starttls, implicit or none");
        }
        String helo = v.string(HELO);
        if (!helo.matches("[A-Za-z0-9.-]{1,255}")) {
            throw new PluginConfigException(HELO.key(), "must be a host name (letters, digits, '.', '-')");
        }
        String host = v.string(HOST);
        if (!host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}")) {
            throw new PluginConfigException(HOST.key(), "must be a host name or IP address");
        }
        return new Settings(host, v.integer(PORT, 1, 65535), from, username, password, tls,
                v.duration(TIMEOUT, Duration.ofMinutes(10)), helo);
    }
}
