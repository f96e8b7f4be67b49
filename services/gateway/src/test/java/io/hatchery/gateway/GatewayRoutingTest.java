package io.hatchery.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.hatchery.devstack.FreePorts;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

    private static final HttpServer REGISTRY = startStubRegistry();
    private static final int NOBODY_LISTENS = FreePorts.pick();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry properties) {
        properties.add("hatchery.services.registry.url", () -> "http://127.0.0.1:" + REGISTRY.getAddress().getPort());
        properties.add("hatchery.services.statistics.url", () -> "http://127.0.0.1:" + NOBODY_LISTENS);
        properties.add("hatchery.services.console.url", () -> "http://127.0.0.1:" + NOBODY_LISTENS);
    }

    @AfterAll
    static void stopStub() {
        REGISTRY.stop(0);
    }

    private static HttpServer startStubRegistry() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/registry/", exchange -> {
                byte[] body = ("{\"path\":\"" + exchange.getRequestURI().getPath() + "\",\"requestId\":\""
                        + exchange.getRequestHeaders().getFirst("X-Request-Id") + "\",\"auth\":\""
                        + exchange.getRequestHeaders().getFirst("Authorization") + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.createContext("/v3/api-docs", exchange -> {
                byte[] body = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"registry\"}}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void routesToTheServiceKeepingPathAndTokenAndAddingARequestId() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/registry/carriers/42")).header("Authorization", "Bearer abc").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"path\":\"/api/registry/carriers/42\"").contains("Bearer abc");
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(response.body()).contains(requestId);
    }

    @Test
    void aServiceThatIsDownGivesA503ProblemQuickly() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/statistics/regions/320000/indicators/carriers.count")).GET()
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("urn:hatchery:problem:service-unavailable").contains("statistics");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no hang").isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aBrowserAskingForTheConsoleWhileItIsDownGetsAPageSayingSo() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/console/regions/320000")).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .GET().timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Retry-After")).contains("5");
        assertThat(page.body()).contains("服务暂不可用");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET()
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLongUrlReachesTheService() throws Exception {
        String id = "x".repeat(6_000);

        HttpResponse<String> response = get("/api/registry/carriers/" + id + "/history");

        assertThat(response.statusCode()).as("not an empty 414 from the gateway").isEqualTo(200);
        assertThat(response.body()).contains(id);
    }

    @Test
    void aPathNoServiceAnswersIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/api/nowhere/carriers");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404").contains("urn:hatchery:problem:not-found")
                .contains("/api/nowhere/carriers");
    }

    @Test
    void eachServicesOpenApiDocumentAndASwaggerUiAreReachable() throws Exception {
        HttpResponse<String> document = get("/openapi/registry");
        HttpResponse<String> ui = get("/swagger-ui.html");
        HttpResponse<String> config = get("/openapi/gateway/swagger-config");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"openapi\":\"3.1.0\"");
        assertThat(ui.statusCode()).as("redirects to the UI's page").isEqualTo(302);
        assertThat(ui.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("swagger-ui/index.html"));
        assertThat(config.body()).contains("/openapi/registry", "/openapi/evaluation", "/openapi/statistics");
    }
}
