package io.hatchery.endtoend;

import io.hatchery.contracts.Topics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.registry.CarrierCertified;
import io.hatchery.contracts.registry.CarrierDelisted;
import io.hatchery.contracts.registry.CarrierDowngraded;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.ExitReason;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.registry.FirmExited;
import io.hatchery.contracts.registry.FirmGraduated;
import io.hatchery.contracts.registry.FirmQualified;
import io.hatchery.contracts.registry.FirmRegistered;
import io.hatchery.contracts.registry.GraduationBasis;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.contracts.registry.Qualification;
import io.hatchery.devstack.ServiceProcess;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.TestInfrastructure;
import io.hatchery.testing.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
        long published = publishProvince(new Random(330000));
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
    private static long publishProvince(Random random) {
        List<EventEnvelope<?>> carriers = new ArrayList<>();
        List<EventEnvelope<?>> firms = new ArrayList<>();
        List<String[]> carrierIds = new ArrayList<>();
        for (int c = 0; c < 400; c++) {
            String id = "crash-carrier-" + UUID.randomUUID();
            String region = COUNTIES.get(random.nextInt(COUNTIES.size()));
            CarrierKind kind = CarrierKind.values()[random.nextInt(CarrierKind.values().length)];
            LocalDate start = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3000));
            List<DomainEvent> history = new ArrayList<>();
            history.add(new CarrierRegistered(id, kind, region, null, new CarrierProfile("载体" + c,
                    new Operator("运营", "91350100M000100Y43"), null, BigDecimal.valueOf(1000 + random.nextInt(9000)),
                    BigDecimal.valueOf(800), List.of(), null, List.of()), start, start));
            for (int i = random.nextInt(4); i > 0; i--) {
                history.add(new CarrierCertified(id, kind, CertificationLevel.values()[random.nextInt(3)], null,
                        "厅", null, start.plusDays(random.nextInt(3000))));
            }
            if (random.nextInt(8) == 0) {
                history.add(new CarrierDowngraded(id, CertificationLevel.PROVINCIAL, CertificationLevel.MUNICIPAL,
                        "FAIL", start.plusDays(random.nextInt(3000))));
            }
            if (random.nextInt(10) == 0) {
                history.add(new CarrierDelisted(id, null, "FAIL twice", start.plusDays(1 + random.nextInt(3000))));
            }
            carriers.addAll(envelopes(id, region, history));
            carrierIds.add(new String[] {id, region});
        }
        for (int f = 0; f < 2500; f++) {
            String id = "crash-firm-" + UUID.randomUUID();
            String[] carrier = carrierIds.get(random.nextInt(carrierIds.size()));
            LocalDate admitted = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3300));
            List<DomainEvent> history = new ArrayList<>();
            history.add(new FirmRegistered(id, "91350100M000100Y43", "企业", admitted.minusDays(90), "software",
                    carrier[1], admitted.minusDays(90)));
            history.add(new FirmAdmitted(id, carrier[0], carrier[1], admitted));
            if (random.nextBoolean()) {
                LocalDate from = admitted.plusDays(random.nextInt(700));
                history.add(new FirmQualified(id, Qualification.TECH_SME, from.getYear(), "S" + f,
                        LocalDate.of(from.getYear(), 12, 31), from));
            }
            int fate = random.nextInt(3);
            LocalDate left = admitted.plusDays(200 + random.nextInt(1500));
            if (fate == 0) {
                history.add(new FirmGraduated(id, carrier[0], List.of(GraduationBasis.HIGH_TECH), "证书", left));
            } else if (fate == 1) {
                history.add(new FirmExited(id, carrier[0], ExitReason.CLOSED, null, left));
            }
            firms.addAll(envelopes(id, carrier[1], history));
        }
        EventProbe.publish(Topics.Names.REGISTRY_CARRIERS, carriers.toArray(EventEnvelope[]::new));
        EventProbe.publish(Topics.Names.REGISTRY_FIRMS, firms.toArray(EventEnvelope[]::new));
        return carriers.size() + firms.size();
    }

    private static List<EventEnvelope<?>> envelopes(String subject, String region, List<DomainEvent> history) {
        List<EventEnvelope<?>> envelopes = new ArrayList<>();
        long version = 0;
        for (DomainEvent event : history) {
            EventType<?> type = EventCatalog.typeOf(event);
            envelopes.add(new EventEnvelope<>(UUID.randomUUID(), "hatchery/registry", type.name(), subject,
                    Instant.now(), type.dataschema(), region, ++version, "generator", null, event));
        }
        return envelopes;
    }
}
