package io.insurcrm.examples.plugins.webhook;

import io.insurcrm.spi.Channel;
import io.insurcrm.spi.ChannelContext;
import io.insurcrm.spi.ChannelFactory;
import io.insurcrm.spi.ConfigProperty;
import io.insurcrm.spi.ConfigValues;
import io.insurcrm.spi.PluginConfigException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates webhook channels: each message is POSTed as JSON to a gateway (an SMS aggregator, a
 * WeChat template-message relay, the insurer's own integration bus). One factory typically backs
 * several channels ({@code channel.sms.factory=webhook}, {@code channel.wechat.factory=webhook}).
 */
public final class WebhookChannelFactory implements ChannelFactory {
    static final ConfigProperty URL = ConfigProperty.required("url", "the gateway's endpoint, an absolute http or https URL");
    static final ConfigProperty TIMEOUT = ConfigProperty.optional("timeout", "10s", "connect and response timeout, e.g. 10s");
    static final ConfigProperty AUTH_TOKEN = ConfigProperty.optional("auth-token",
            "sent as 'Authorization: Bearer <token>'; none if absent").asSecret();
    static final ConfigProperty ID_FIELD = ConfigProperty.optional("id-field", "id",
            "the top-level field of the gateway's JSON answer that holds its message id");

    /** The validated configuration of one channel. */
    record Settings(URI url, Duration timeout, Optional<String> authToken, String idField) {
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public String description() {
        return "POSTs each message as JSON to an HTTP gateway, with an Idempotency-Key header";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(URL, TIMEOUT, AUTH_TOKEN, ID_FIELD);
    }

    @Override
    public Channel create(Map<String, String> config, ChannelContext context) {
        ConfigValues v = ConfigValues.of(config);
        Optional<String> token = v.optional(AUTH_TOKEN);
        if (token.isPresent() && !token.get().matches("[\\x21-\\x7e]{1,4096}")) {
            throw new PluginConfigException(AUTH_TOKEN.key(), "must be printable ASCII without spaces");
        }
        String idField = v.string(ID_FIELD);
        Settings s = new Settings(v.uri(URL, "http", "https"), v.duration(TIMEOUT, Duration.ofMinutes(5)), token, idField);
        return new WebhookChannel(s, context);
    }
}
