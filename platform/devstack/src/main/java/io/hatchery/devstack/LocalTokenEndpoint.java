package io.hatchery.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The devstack's token endpoint for the console's local sign-in: {@code POST /tokens} with the claims of a demo
 * user ({@code subject}, {@code roles}, {@code region}, {@code carrier}, {@code investor}) answers a token of the
 * local issuer, valid for eight hours. It listens on the loopback interface only; production has no such thing.
 */
public final class LocalTokenEndpoint implements AutoCloseable {

    static final Duration VALIDITY = Duration.ofHours(8);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ROLES = Set.of("PROVINCE_ADMIN", "CITY_OFFICER", "CARRIER_OPERATOR",
            "FUND_MANAGER", "TALENT_OFFICER", "AUDITOR", "ANALYST");

    private final HttpServer server;

    private LocalTokenEndpoint(HttpServer server) {
        this.server = server;
    }

    /** Starts the endpoint on the port (0: any free one). */
    public static LocalTokenEndpoint start(LocalTokenIssuer issuer, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/tokens", exchange -> answer(exchange, issuer));
            server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "devstack-tokens");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return new LocalTokenEndpoint(server);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the token endpoint on port " + port, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tokens";
    }

    private static void answer(HttpExchange exchange, LocalTokenIssuer issuer) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                send(exchange, 405, Map.of("detail", "POST the claims of a demo user"));
                return;
            }
            JsonNode claims;
            try {
                claims = JSON.readTree(exchange.getRequestBody().readAllBytes());
            } catch (RuntimeException notJson) {
                send(exchange, 400, Map.of("detail", "the body must be JSON"));
                return;
            }
            List<String> roles = new ArrayList<>();
            claims.path("roles").forEach(role -> roles.add(role.asString()));
            String subject = text(claims, "subject");
            String region = text(claims, "region");
            if (subject == null || region == null || roles.isEmpty() || !ROLES.containsAll(roles)) {
                send(exchange, 400, Map.of("detail", "subject, region and roles (of " + ROLES + ") are required"));
                return;
            }
            String token = issuer.issue(subject, roles, region, text(claims, "carrier"), text(claims, "investor"),
                    VALIDITY);
            send(exchange, 200, Map.of("access_token", token, "token_type", "Bearer",
                    "expires_in", VALIDITY.toSeconds()));
        }
    }

    private static String text(JsonNode claims, String name) {
        JsonNode value = claims.get(name);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }

    private static void send(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
