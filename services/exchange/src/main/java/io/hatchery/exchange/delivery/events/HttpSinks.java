package io.hatchery.exchange.delivery.events;

import io.hatchery.exchange.delivery.app.Sinks;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Webhook calls with the JDK's HTTP client: short timeouts, so that one slow partner holds up only itself. */
@Component
public class HttpSinks implements Sinks {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public Answer handshake(URI sink, String origin) {
        HttpRequest request = HttpRequest.newBuilder(sink).timeout(TIMEOUT)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("WebHook-Request-Origin", origin).build();
        return send(request);
    }

    @Override
    public Answer post(URI sink, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(sink).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(), response.headers().firstValue("WebHook-Allowed-Origin")
                    .orElse(null), "HTTP " + response.statusCode());
        } catch (IOException e) {
            return new Answer(0, null, e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, "interrupted");
        }
    }
}
