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
        await().atMost(Duration.ofMinutes(3)).until(() -> {
            Http.Response status = Http.get(gatewayUrl + "/api/statistics/admin/status", admin);
            return status.status() == 200 && status.json().get("caughtUp").asBoolean()
                    && status.json().get("lag").asLong() == 0;
        });
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
