package io.hatchery.registry.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The registry's HTTP API as a caller sees it: JSON in, status and JSON out. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public record Response(int status, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return raw.body();
        }
    }

    public Response get(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token, Map.of());
    }

    public Response post(String path, String token, String json) {
        return post(path, token, json, Map.of());
    }

    public Response post(String path, String token, String json, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token, headers);
    }

    public Response put(String path, String token, String json, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), token, headers);
    }

    public Response send(HttpRequest.Builder request, String token, Map<String, String> headers) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Registers a carrier as a province administrator and returns its id. */
    public String registerCarrier(String name, String kind, String region, String establishedOn, String adminToken) {
        Response created = post("/api/registry/carriers", adminToken, """
                {"name": "%s", "kind": "%s", "region": "%s",
                 "operator": {"name": "运营有限公司", "uscc": "91350100M000100Y43"},
                 "establishedOn": "%s", "totalArea": 12000, "incubationArea": 9000}
                """.formatted(name, kind, region, establishedOn));
        if (created.status() != 201) {
            throw new AssertionError("could not register carrier: " + created.body());
        }
        return created.json().get("id").asString();
    }
}
