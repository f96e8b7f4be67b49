package io.hatchery.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A partner's webhook as a department would run it (for the demo, the benchmarks and the tests), on a local port, one
 * path per subscription ({@code /hook/<name>}): it answers the CloudEvents validation handshake, checks each delivery's
 * {@code Hatchery-Signature} (HMAC-SHA256 over {@code <t>.<body>} with the subscription's secret, as the catalogue
 * documents it, implemented here independently of the exchange), keeps every event once by its CloudEvents id, and
 * records when each arrived.
 */
public final class WebhookSink implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One event as received: structured form, the request's signature check, when it arrived. */
    public record Received(String hook, JsonNode event, boolean signatureValid, Instant at) {

        public String id() {
            return event.path("id").asString();
        }

        public String subject() {
            return event.path("subject").asString();
        }
    }

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();

    public WebhookSink() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/hook/", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    /** The URL of one hook. */
    public String url(String hook) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook/" + hook;
    }

    public void secret(String hook, String secret) {
        secrets.put(hook, secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The hook's next {@code count} deliveries are answered 503. */
    public void failNext(String hook, int count) {
        failuresLeft.computeIfAbsent(hook, ignored -> new AtomicInteger()).set(count);
    }

    /** Every delivery to the hook is answered 503 until it is back up; the handshake still succeeds. */
    public void down(String hook, boolean isDown) {
        if (isDown) {
            down.add(hook);
        } else {
            down.remove(hook);
        }
    }

    /** Everything the hook received, in arrival order, redeliveries included. */
    public List<Received> received(String hook) {
        List<Received> events = received.getOrDefault(hook, List.of());
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    public int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String hook = exchange.getRequestURI().getPath().substring("/hook/".length());
            if (exchange.getRequestMethod().equals("OPTIONS")) {
                String origin = exchange.getRequestHeaders().getFirst("WebHook-Request-Origin");
                exchange.getResponseHeaders().add("WebHook-Allowed-Origin", origin == null ? "*" : origin);
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            AtomicInteger failures = failuresLeft.get(hook);
            if (down.contains(hook)
                    || failures != null && failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            Instant at = Instant.now();
            boolean valid = verify(secrets.get(hook), exchange.getRequestHeaders().getFirst("Hatchery-Signature"),
                    body, at.getEpochSecond());
            String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            List<JsonNode> events = new ArrayList<>();
            if (contentType.startsWith("application/cloudevents-batch+json")) {
                JSON.readTree(body).valueStream().forEach(events::add);
            } else if (contentType.startsWith("application/cloudevents+json")) {
                events.add(JSON.readTree(body));
            } else {
                ObjectNode event = JSON.createObjectNode();
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (name.toLowerCase().startsWith("ce-")) {
                        event.put(name.substring(3).toLowerCase(), values.get(0));
                    }
                });
                event.set("data", JSON.readTree(body));
                events.add(event);
            }
            List<Received> kept = received.computeIfAbsent(hook, ignored -> new ArrayList<>());
            synchronized (kept) {
                events.forEach(event -> kept.add(new Received(hook, event, valid, at)));
            }
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}, within five minutes. */
    static boolean verify(byte[] secret, String header, byte[] body, long now) {
        if (secret == null || header == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                t = pair[1];
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                v1 = pair[1];
            }
        }
        if (t == null || v1 == null || !t.matches("\\d{1,12}") || Math.abs(now - Long.parseLong(t)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
