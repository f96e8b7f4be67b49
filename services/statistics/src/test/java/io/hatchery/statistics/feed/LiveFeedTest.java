package io.hatchery.statistics.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.statistics.FigureChange;
import io.hatchery.contracts.statistics.FiguresChanged;
import io.hatchery.statistics.feed.web.LiveFeed;
import io.hatchery.statistics.support.Events;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Changed figures reach the region's SSE stream and the statistics topic, coalesced per batch. */
@ServiceIntegrationTest
class LiveFeedTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    LiveFeed liveFeed;

    /** Yancheng's stream as its city officer opens it. */
    private HttpResponse<InputStream> openCityStream() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/statistics/stream?region=320900"))
                .header("Authorization", "Bearer " + TestTokens.token("CITY_OFFICER", "320900"))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        return stream;
    }

    @Test
    void aNewCarrierIsPushedToTheCitysStreamAndPublishedForOtherDepartments() throws Exception {
        HttpResponse<InputStream> stream = openCityStream();
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).isEqualTo("event:subscribed");

        CompletableFuture<JsonNode> pushed = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                boolean figures = false;
                while ((line = lines.readLine()) != null) {
                    if (line.equals("event:figures")) {
                        figures = true;
                    } else if (figures && line.startsWith("data:")) {
                        return JSON.readTree(line.substring(5));
                    }
                }
                return null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Events events = new Events();
        events.carrier(CarrierKind.ACCELERATOR, "320903", LocalDate.of(2024, 3, 1), null, null);
        events.publish();

        JsonNode change = pushed.get(20, TimeUnit.SECONDS);
        assertThat(change.get("changes").valueStream().map(c -> c.get("region").asString()).toList())
                .contains("320903", "320900").doesNotContain("320000");
        assertThat(change.get("changes").valueStream()
                .filter(c -> c.get("region").asString().equals("320900"))
                .map(c -> c.get("indicator").asString()).toList()).contains("carriers.count");
        stream.body().close();

        try (EventProbe probe = EventProbe.fromBeginning(Topics.STATISTICS_CHANGES.name())) {
            // Other tests' events move other province figures too: wait for the change this carrier makes.
            EventEnvelope<?> published = probe.awaitEvent(event -> ((FiguresChanged) event.data()).changes().stream()
                    .anyMatch(c -> c.region().equals("320000") && c.indicator().equals("carriers.count")),
                    Duration.ofSeconds(20));
            assertThat(published.type()).isEqualTo("hatchery.statistics.figures.changed.v1");
            FigureChange province = ((FiguresChanged) published.data()).changes().stream()
                    .filter(c -> c.region().equals("320000") && c.indicator().equals("carriers.count"))
                    .findFirst().orElseThrow();
            assertThat(province.value().signum()).isPositive();
        }
    }

    @Test
    void streamsEndWhenTheServiceStopsSoThatItsGracefulShutdownWaitsForNone() throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(openCityStream().body(),
                StandardCharsets.UTF_8));
        assertThat(lines.readLine()).isEqualTo("event:subscribed");
        CompletableFuture<Boolean> ended = CompletableFuture.supplyAsync(() -> {
            try {
                while (lines.readLine() != null) {
                    // whatever else comes before the end
                }
                return true;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        try {
            liveFeed.stop();

            assertThat(ended.get(10, TimeUnit.SECONDS)).as("the stream ended").isTrue();
            assertThat(liveFeed.subscribers()).isZero();
        } finally {
            liveFeed.start();
        }
    }

    @Test
    void aStreamOutsideTheCallersJurisdictionIsRefused() throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/api/statistics/stream?region=330000"))
                .header("Authorization", "Bearer " + TestTokens.token("CITY_OFFICER", "320900")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
