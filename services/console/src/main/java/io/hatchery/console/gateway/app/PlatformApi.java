package io.hatchery.console.gateway.app;

import io.hatchery.console.ConsoleProperties;
import io.hatchery.console.session.app.SignedInUser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's APIs as the console calls them: through the gateway, with the signed-in official's token, so
 * that every answer is confined to what their role and region may see (the services decide, not the console).
 */
@Service
public class PlatformApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final URI gateway;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public PlatformApi(ConsoleProperties properties) {
        this.gateway = properties.gatewayUrl();
    }

    /** A file the platform exports, with its type and suggested name. */
    public record Download(byte[] content, String contentType, String disposition) {
    }

    /** The JSON answer, as a tree. */
    public JsonNode json(SignedInUser user, ApiPath path) {
        return JSON.readTree(send(user, path, "application/json", HttpResponse.BodyHandlers.ofString()).body());
    }

    /** The JSON answer as maps and lists, for templates. */
    public Object data(SignedInUser user, ApiPath path) {
        return JSON.readValue(send(user, path, "application/json", HttpResponse.BodyHandlers.ofString()).body(),
                Object.class);
    }

    /**
     * The answer, or empty when the official's role may not see it or there is none (a section of a page they
     * cannot have, or that has nothing yet).
     */
    public <T> Optional<T> ifAvailable(Function<SignedInUser, T> request, SignedInUser user) {
        try {
            return Optional.ofNullable(request.apply(user));
        } catch (ApiException e) {
            if (e.refused() || e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public Download download(SignedInUser user, ApiPath path, String accept) {
        HttpResponse<byte[]> response = send(user, path, accept, HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.body(), response.headers().firstValue("Content-Type").orElse(accept),
                response.headers().firstValue("Content-Disposition").orElse(null));
    }

    /** The URL of the platform's live feed, for the console's relay. */
    public HttpRequest feedRequest(SignedInUser user, ApiPath path) {
        return HttpRequest.newBuilder(gateway.resolve(path.toString())).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + user.token()).GET().build();
    }

    public HttpClient client() {
        return client;
    }

    private <T> HttpResponse<T> send(SignedInUser user, ApiPath path, String accept,
            HttpResponse.BodyHandler<T> body) {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path.toString())).timeout(TIMEOUT)
                .header("Accept", accept).header("Authorization", "Bearer " + user.token()).GET().build();
        HttpResponse<T> response;
        try {
            response = client.send(request, body);
        } catch (IOException e) {
            throw new ApiException(503, "the platform cannot be reached: " + e.getMessage(), path.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted", path.toString());
        }
        if (response.statusCode() >= 400) {
            throw new ApiException(response.statusCode(), detail(response.body()), path.toString());
        }
        return response;
    }

    private static String detail(Object body) {
        String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : String.valueOf(body);
        try {
            JsonNode problem = JSON.readTree(text);
            JsonNode detail = problem.get("detail");
            return detail == null ? null : detail.asString();
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
