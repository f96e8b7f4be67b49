package io.hatchery.exchange.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hatchery.exchange.delivery.domain.Signatures;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A partner's webhook, for real, on a local port: it answers the validation handshake, verifies each delivery's
 * signature with the subscription's secret, can fail a number of deliveries or stay down, and keeps what it
 * received (events in structured form, whatever the wire form was).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One delivered event and whether its request's signature verified. */
    public record Received(JsonNode event, boolean signatureValid) {

        public String id() {
            return event.get("id").asString();
        }

        public String subject() {
            return event.get("subject").asString();
        }
    }

    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean down;
    private volatile byte[] secret = new byte[0];

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/hook", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public void secret(String subscriptionSecret) {
        secret = subscriptionSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** The next {@code count} deliveries fail with 503. */
    public void failNext(int count) {
        failuresLeft.set(count);
    }

    /** Every delivery fails with 503 until it is back up; the handshake still succeeds. */
    public void down(boolean isDown) {
        down = isDown;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("OPTIONS")) {
                String origin = exchange.getRequestHeaders().getFirst("WebHook-Request-Origin");
                exchange.getResponseHeaders().add("WebHook-Allowed-Origin", origin == null ? "*" : origin);
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            if (down || failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            boolean valid = Signatures.verify(secret, exchange.getRequestHeaders().getFirst(Signatures.HEADER), body,
                    Instant.now().getEpochSecond(), 300);
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType.startsWith("application/cloudevents-batch+json")) {
                ExchangeApi.JSON.readTree(body).valueStream().forEach(event -> received.add(new Received(event,
                        valid)));
            } else if (contentType.startsWith("application/cloudevents+json")) {
                received.add(new Received(ExchangeApi.JSON.readTree(body), valid));
            } else {
                ObjectNode event = ExchangeApi.JSON.createObjectNode();
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (name.toLowerCase().startsWith("ce-")) {
                        event.put(name.substring(3).toLowerCase(), values.get(0));
                    }
                });
                event.set("data", ExchangeApi.JSON.readTree(body));
                received.add(new Received(event, valid));
            }
            exchange.sendResponseHeaders(200, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
