package io.hatchery.fundmatching;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.identity.Uscc;
import io.hatchery.testing.EventProbe;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fund-matching API as the service tests call it, and the registry's events they publish first. */
final class FundingApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final int port;

    FundingApi(int port) {
        this.port = port;
    }

    /** A valid USCC no other test uses. */
    static String newUscc() {
        return Uscc.complete("91320903MA" + String.format(Locale.ROOT, "%07d", UNIQUE.incrementAndGet()));
    }

    /** Publishes a registry event as the registry would. */
    static void publishRegistryEvent(String topic, String subject, String region, long version, DomainEvent data) {
        EventType<?> type = EventCatalog.typeOf(data);
        EventProbe.publish(topic, new EventEnvelope<>(UUID.randomUUID(), "hatchery/registry", type.name(), subject,
                Instant.now(), type.dataschema(), region, version, "registry", null, data));
    }

    /** Sends a request to {@code /api/fund-matching<path>}; {@code headers} are name, value pairs. */
    HttpResponse<String> send(String method, String path, String body, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        return exchange(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Downloads {@code /api/fund-matching<path>} as bytes. */
    HttpResponse<byte[]> download(String path, String token) {
        return exchange(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Uploads a file to {@code POST /imports} as a multipart form with its type. */
    HttpResponse<String> upload(String type, String fileName, byte[] content, String token) {
        String boundary = "----hatchery" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return exchange(HttpRequest.newBuilder(uri("/imports")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The fields a problem's errors name. */
    static List<String> fields(HttpResponse<String> response) {
        return json(response).get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    /** The values of {@code field} in a JSON array, or in a page's {@code items}. */
    static List<String> values(HttpResponse<String> response, String field) {
        JsonNode node = json(response);
        JsonNode items = node.has("items") ? node.get("items") : node;
        return items.valueStream().map(item -> item.get(field).asString()).toList();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/api/fund-matching" + path);
    }

    private static <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
