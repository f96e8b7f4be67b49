package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.testing.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** Steps several end-to-end tests take through the gateway. */
final class PlatformSteps {

    private PlatformSteps() {
    }

    /** Waits until the statistics have read every event published so far, so that a figure is a baseline. */
    static void statisticsCaughtUp(String gatewayUrl) {
        String admin = TestTokens.token("PROVINCE_ADMIN", "320000");
        // The assertion names the last status seen, so that a run that never catches up says why (a failure, a lag).
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            Http.Response status = Http.get(gatewayUrl + "/api/statistics/admin/status", admin);
            assertThat(status.status()).as(status.body()).isEqualTo(200);
            assertThat(status.json().get("caughtUp").asBoolean() && status.json().get("lag").asLong() == 0)
                    .as("statistics caught up: " + status.body()).isTrue();
        });
    }

    /** The statistics' own account of where they are (generation, lag, failure, restarts), for failure messages. */
    static String statisticsStatus(String gatewayUrl) {
        return Http.get(gatewayUrl + "/api/statistics/admin/status", TestTokens.token("PROVINCE_ADMIN", "320000"))
                .body();
    }

    /** Imports the five action plans as published with the platform; importing them again changes nothing. */
    static JsonNode importActionPlans(String gatewayUrl, String token) {
        Http.Response imported = Http.post(gatewayUrl + "/api/evaluation/plans/imports", token, "application/yaml",
                actionPlans());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        return imported.json();
    }

    private static String actionPlans() {
        try (InputStream in = PlatformSteps.class.getResourceAsStream(
                "/io/hatchery/contracts/plans/action-plans.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
