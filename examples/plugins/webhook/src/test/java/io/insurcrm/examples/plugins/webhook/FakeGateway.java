package io.insurcrm.examples.plugins.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A gateway on 127.0.0.1 and an ephemeral port that answers as told: accept, fail, refuse, or hang
 * (until {@link #close()} releases it). Records every request it receives.
 */
final class FakeGateway implements AutoCloseable {

    /** How the next requests are answered. */
    enum Mode {
        ACCEPT, FAIL_503, REFUSE_400, THROTTLE_429, HANG, NOT_JSON
    }

    /** One request as received. */
    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.ACCEPT);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch hanging = new CountDownLatch(1);
    final List<Received> received = new CopyOnWriteArrayList<>();

    FakeGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/send", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/send");
    }

    void answer(Mode next) {
        mode.set(next);
    }

    boolean awaitHanging() throws InterruptedException {
        return hanging.await(5, TimeUnit.SECONDS);
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders()),
                body));
        switch (mode.get()) {
            case FAIL_503:
                reply(ex, 503, "{\"error\":\"upstream carrier unavailable\"}");
                break;
            case REFUSE_400:
                reply(ex, 400, "{\"error\":\"invalid mobile\"}");
                break;
            case THROTTLE_429:
                reply(ex, 429, "{\"error\":\"slow down\"}");
                break;
            case NOT_JSON:
                reply(ex, 202, "queued");
                break;
            case HANG:
                hanging.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ex.close();
                break;
            default:
                reply(ex, 200, "{\"status\":\"queued\",\"meta\":{\"id\":\"nested\"},\"id\":\"gw-" + received.size() + "\"}");
        }
    }

    private static void reply(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
