package io.insurcrm.examples.plugins.webhook;

import io.insurcrm.examples.plugins.webhook.WebhookChannelFactory.Settings;
import io.insurcrm.spi.Channel;
import io.insurcrm.spi.ChannelContext;
import io.insurcrm.spi.ChannelException;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.OutboundMessage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * POSTs each message as one JSON object to the gateway:
 * <pre>{@code
 * {"messageId":"…","idempotencyKey":"…","channel":"sms","recipient":{"kind":"MOBILE","address":"…"},
 *  "subject":"","body":"…","templateId":"renewal-reminder","attributes":{"sign":"ACME"},"createdAt":"2026-03-01T08:00:00Z"}
 * }</pre>
 * with headers {@code Idempotency-Key} (the same on every retry of one message),
 * {@code X-InsurCRM-Message-Id} and, if configured, {@code Authorization: Bearer …}.
 *
 * <p>A 2xx answer is an acceptance; the gateway's id is read from the configured top-level field of
 * its JSON answer. 408, 425, 429 and 5xx answers, timeouts and connection failures are retryable;
 * any other status (400, 401, 403, 404, 422, redirects, which are not followed) is permanent.
 * Thread-safe: one {@link HttpClient} shared by all sends.
 */
final class WebhookChannel implements Channel {
    private final Settings settings;
    private final ChannelContext context;
    private final HttpClient http;

    WebhookChannel(Settings settings, ChannelContext context) {
        this.settings = settings;
        this.context = context;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public DeliveryReceipt send(OutboundMessage message) throws ChannelException {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header("Idempotency-Key", headerSafe(message.idempotencyKey()))
                .header("X-InsurCRM-Message-Id", headerSafe(message.messageId()))
                .POST(HttpRequest.BodyPublishers.ofString(toJson(message), StandardCharsets.UTF_8));
        settings.authToken().ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw ChannelException.retryable("the gateway did not answer within " + settings.timeout(), e);
        } catch (IOException e) {
            throw ChannelException.retryable("connection to the gateway failed (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ChannelException.retryable("interrupted while waiting for the gateway", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            String gatewayId = gatewayId(response.body());
            context.logger().log(System.Logger.Level.DEBUG, "message {0} accepted by the gateway (HTTP {1})",
                    message.messageId(), status);
            return DeliveryReceipt.accepted(message.messageId(), gatewayId, context.clock().instant(), "HTTP " + status);
        }
        boolean retryable = status == 408 || status == 425 || status == 429 || status >= 500;
        throw new ChannelException("the gateway answered HTTP " + status, retryable, null);
    }

    private String gatewayId(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return Json.readFlatObject(body).get(settings.idField());
        } catch (IllegalArgumentException e) {
            context.logger().log(System.Logger.Level.WARNING, "the gateway answer is not a JSON object; no gateway id kept");
            return null;
        }
    }

    /** Header values cannot hold line breaks or non-ASCII: anything else becomes '_'. */
    private static String headerSafe(String value) {
        return value.replaceAll("[^\\x21-\\x7e]", "_");
    }

    /** The message as JSON, fields in a fixed order; attributes sorted by key so equal messages give equal bodies. */
    static String toJson(OutboundMessage m) {
        StringBuilder b = new StringBuilder(256 + m.body().length());
        b.append('{');
        b.append("\"messageId\":").append(Json.quote(m.messageId()));
        b.append(",\"idempotencyKey\":").append(Json.quote(m.idempotencyKey()));
        b.append(",\"channel\":").append(Json.quote(m.channel()));
        b.append(",\"recipient\":{\"kind\":").append(Json.quote(m.recipient().kind().name()))
                .append(",\"address\":").append(Json.quote(m.recipient().address())).append('}');
        b.append(",\"subject\":").append(Json.quote(m.subject()));
        b.append(",\"body\":").append(Json.quote(m.body()));
        b.append(",\"templateId\":").append(m.templateId().map(Json::quote).orElse("null"));
        b.append(",\"attributes\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(m.attributes()).entrySet()) {
            if (!first) {
                b.append(',');
            }
            b.append(Json.quote(e.getKey())).append(':').append(Json.quote(e.getValue()));
            first = false;
        }
        b.append('}');
        b.append(",\"createdAt\":").append(Json.quote(m.createdAt().toString()));
        return b.append('}').toString();
    }
}
