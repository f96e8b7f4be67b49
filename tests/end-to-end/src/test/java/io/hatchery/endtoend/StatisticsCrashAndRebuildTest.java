package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.bench.ProvinceGenerator;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.devstack.ServiceProcess;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.TestInfrastructure;
import io.hatchery.testing.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The statistics service killed (SIGKILL, no graceful stop) at random points while it consumes a long stream,
 * and restarted each time, ends with exactly the figures of a run that was never interrupted; so does a rebuild
 * from the beginning of the topics.
 */
class StatisticsCrashAndRebuildTest {

    private static final List<String> COUNTIES = List.of("330502", "330503", "330521", "330522", "330523",
            "330281", "330282");
    private static final List<String> QUERY_REGIONS = List.of("330502", "330521", "330500", "330200", "330000");
    private static final List<String> DATES = List.of("2019-12-31", "2021-06-30", "2023-12-31", "2026-01-01");

    private final List<ServicesUnderTest> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(ServicesUnderTest::close);
    }

    private ServicesUnderTest statistics(Map<String, String> settings) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        ServicesUnderTest services = new ServicesUnderTest(infrastructure.kafkaBootstrapServers(),
                infrastructure.mongoConnectionString(), infrastructure.publicKeyFile());
        started.add(services);
        services.start("statistics", settings);
        return services;
    }

    private static JsonNode get(ServiceProcess statistics, String path) {
        Http.Response response = Http.get(statistics.baseUrl() + path, TestTokens.token("PROVINCE_ADMIN", "330000"));
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode projectionHealth(ServiceProcess statistics) {
        return Http.get(statistics.baseUrl() + "/actuator/health", null).json().at("/components/projection/details");
    }

    /** Every indicator of each region on each date, and the children tables: what two runs must agree on. */
    private static String figures(ServiceProcess statistics) {
        StringBuilder all = new StringBuilder();
        for (String region : QUERY_REGIONS) {
            for (String date : DATES) {
                all.append(get(statistics, "/api/statistics/regions/" + region + "/indicators?at=" + date)).append('\n');
            }
        }
        for (String indicator : List.of("carriers.count", "firms.incubating", "firms.tech_sme")) {
            all.append(get(statistics, "/api/statistics/regions/330000/children?indicator=" + indicator
                    + "&at=2024-12-31")).append('\n');
        }
        all.append(get(statistics, "/api/statistics/regions/330500/indicators/carriers.certified?from=2018-01-01"
                + "&to=2025-12-31&levelAtLeast=PROVINCIAL")).append('\n');
        return all.toString();
    }

    private static void awaitCaughtUp(ServiceProcess statistics) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode status = get(statistics, "/api/statistics/admin/status");
            assertThat(status.get("lag").asLong()).isZero();
            assertThat(status.get("caughtUp").asBoolean()).isTrue();
            assertThat(status.get("rebuilding").isNull()).isTrue();
        });
    }

    @Test
    void killedAtRandomPointsAndRestartedItCountsExactlyAsAnUninterruptedRunAndSoDoesARebuild() {
        long published = publishProvince(330000);
        Random random = new Random(5050);
        ServicesUnderTest crashing = statistics(Map.of("HATCHERY_STATISTICS_CHECKPOINT_INTERVAL", "1s",
                "HATCHERY_STATISTICS_MAX_POLL_RECORDS", "50"));

        int killedMidStream = 0;
        for (int crash = 0; crash < 3; crash++) {
            long threshold = 200 + random.nextInt((int) (published / 4));
            ServiceProcess process = crashing.service("statistics");
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50)).ignoreExceptions().until(() ->
                    projectionHealth(process).get("eventsApplied").asLong() >= threshold
                            || projectionHealth(process).get("lag").asLong() == 0);
            if (projectionHealth(process).get("lag").asLong() > 0) {
                killedMidStream++;
            }
            crashing.kill("statistics");
            crashing.restart("statistics");
        }
        ServicesUnderTest uninterrupted = statistics(Map.of());
        ServiceProcess crashed = crashing.service("statistics");
        ServiceProcess reference = uninterrupted.service("statistics");
        awaitCaughtUp(crashed);
        awaitCaughtUp(reference);

        assertThat(killedMidStream).as("kills that hit the stream while it was being consumed").isPositive();
        String expected = figures(reference);
        assertThat(expected).contains("\"carriers.count\"");
        assertThat(figures(crashed)).isEqualTo(expected);

        String before = get(crashed, "/api/statistics/admin/status").get("generation").asString();
        Http.Response rebuild = Http.postJson(crashed.baseUrl() + "/api/statistics/admin/rebuild",
                TestTokens.token("PROVINCE_ADMIN", "330000"), "", Map.of());
        assertThat(rebuild.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(get(crashed,
                "/api/statistics/admin/status").get("generation").asString()).isNotEqualTo(before));
        awaitCaughtUp(crashed);
        assertThat(figures(crashed)).isEqualTo(expected);
    }

    /** A province's worth of carriers and firms in two Zhejiang cities, with back-dated certifications. */
    private static long publishProvince(long seed) {
        Map<String, List<EventEnvelope<?>>> byTopic = new LinkedHashMap<>();
        long published = new ProvinceGenerator(seed, 400, 2500, COUNTIES, "crash-" + UUID.randomUUID() + "-")
                .generate(generated -> byTopic.computeIfAbsent(generated.topic(), topic -> new ArrayList<>())
                        .add(generated.event()));
        byTopic.forEach((topic, events) -> EventProbe.publish(topic, events.toArray(EventEnvelope[]::new)));
        return published;
    }
}
