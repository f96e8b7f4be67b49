package io.hatchery.console.session.app;

import io.hatchery.console.ConsoleProperties;
import io.hatchery.console.ConsoleProperties.DemoUser;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local sign-in: tokens for the configured demo users from the devstack's token endpoint. Only for local runs;
 * in production the console signs officials in with OpenID Connect.
 */
@Service
public class LocalTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConsoleProperties properties;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public LocalTokens(ConsoleProperties properties) {
        this.properties = properties;
    }

    public List<DemoUser> users() {
        return properties.local().users();
    }

    /** Signs the n-th demo user in. */
    public SignedInUser signIn(int index) {
        List<DemoUser> users = users();
        if (index < 0 || index >= users.size()) {
            throw new IllegalArgumentException("no demo user " + index);
        }
        DemoUser user = users.get(index);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("subject", user.name());
        claims.put("roles", List.of(user.role()));
        claims.put("region", user.region());
        claims.put("carrier", user.carrier());
        claims.put("investor", user.investor());
        HttpRequest request = HttpRequest.newBuilder(properties.local().tokenUrl()).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(claims))).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new SignInFailedException("the devstack's token endpoint answered " + response.statusCode());
            }
            JsonNode token = JSON.readTree(response.body());
            return new SignedInUser(user.name(), List.of(user.role()), user.region(), user.carrier(),
                    user.investor(), token.get("access_token").asString());
        } catch (IOException e) {
            throw new SignInFailedException("the devstack's token endpoint " + properties.local().tokenUrl()
                    + " cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInFailedException("interrupted");
        }
    }

    /** Signing in did not work; the sign-in page says why. */
    public static class SignInFailedException extends RuntimeException {

        public SignInFailedException(String message) {
            super(message);
        }
    }
}
