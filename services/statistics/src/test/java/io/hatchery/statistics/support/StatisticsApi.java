package io.hatchery.statistics.support;

import io.hatchery.testing.TestHttp;
import io.hatchery.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The statistics API as a province administrator calls it. */
public final class StatisticsApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String token;

    public StatisticsApi(int port) {
        this(port, TestTokens.token("PROVINCE_ADMIN", "320000"));
    }

    public StatisticsApi(int port, String token) {
        this.port = port;
        this.token = token;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
    }

    public HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    public JsonNode json(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " → " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return TestHttp.send(request.header("Authorization", "Bearer " + token).build());
    }
}
