package io.hatchery.exchange.support;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.EventType;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The exchange's API on a test port, and events published as the other services would. */
public final class ExchangeApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final int port;

    public ExchangeApi(int port) {
        this.port = port;
    }

    public static String admin() {
        return TestTokens.token("PROVINCE_ADMIN", "320000");
    }

    /** A code no other test of this JVM uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UNIQUE.incrementAndGet();
    }

    public record Response(int status, String body, HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The fields a 400 problem names. */
        public List<String> fields() {
            return json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
        }
    }

    public Response send(String method, String path, String contentType, String body, String token,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/exchange" + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path, String token) {
        return send("GET", path, null, null, token);
    }

    public Response post(String path, String token, String json, String... headers) {
        return send("POST", path, "application/json", json, token, headers);
    }

    /**
     * Registers a partner of a jurisdiction entitled to these event types (every data class when {@code restricted}
     * is true, PUBLIC only otherwise) and to every inbound type.
     */
    public String partner(String jurisdiction, boolean restricted, String... eventTypes) {
        String code = unique("dept");
        StringBuilder types = new StringBuilder();
        for (String type : eventTypes) {
            types.append(types.isEmpty() ? "" : ",").append('"').append(type).append('"');
        }
        Response created = post("/partners", admin(), """
                {"code":"%s","name":"部门 %s","kind":"DEPARTMENT","jurisdiction":"%s",
                 "entitlements":{"eventTypes":[%s],"dataClasses":%s,
                   "inboundTypes":["hatchery.exchange.firm.deregistered.v1","hatchery.exchange.firm.moved-out.v1",
                     "hatchery.exchange.firm.revenue-reported.v1","hatchery.exchange.firm.high-tech-granted.v1",
                     "hatchery.exchange.firm.high-tech-revoked.v1","hatchery.exchange.firm.tech-sme-registered.v1"]}}
                """.formatted(code, code, jurisdiction, types, restricted ? "[\"INTERNAL\",\"RESTRICTED\"]" : "[]"));
        if (created.status() != 201) {
            throw new IllegalStateException(created.body());
        }
        return code;
    }

    /** Publishes an event as its owning service would, under a fresh id. */
    public static EventEnvelope<?> publish(String source, String subject, String region, long version,
            DomainEvent data) {
        EventType<?> type = EventCatalog.typeOf(data);
        EventEnvelope<?> event = new EventEnvelope<>(UUID.randomUUID(), source, type.name(), subject, Instant.now(),
                type.dataschema(), region, version, "officer", null, data);
        EventProbe.publish(type.topic().name(), event);
        return event;
    }
}
