package io.hatchery.statistics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.contracts.registry.RegistryEvents;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class CarrierCountTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final LocalDate AT = LocalDate.of(2030, 1, 1);

    @LocalServerPort
    int port;

    private static EventEnvelope<CarrierRegistered> registered(String id, String region, int version) {
        CarrierRegistered data = new CarrierRegistered(id, CarrierKind.MAKER_SPACE, region, null,
                new CarrierProfile("空间", new Operator("o", "91350100M000100Y43"), null, BigDecimal.TEN,
                        BigDecimal.ONE, List.of(), null, List.of()),
                LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 1));
        return new EventEnvelope<>(UUID.randomUUID(), "hatchery/registry", RegistryEvents.CARRIER_REGISTERED.name(),
                id, Instant.now(), RegistryEvents.CARRIER_REGISTERED.dataschema(), region, version, "test", null,
                data);
    }

    private HttpResponse<String> query(String region, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/statistics/regions/"
                        + region + "/indicators/carriers.count?at=" + AT))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private long count(String region) throws Exception {
        HttpResponse<String> response = query(region, TestTokens.token("PROVINCE_ADMIN", "370000"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("region").asString()).isEqualTo(region);
        assertThat(body.get("indicator").asString()).isEqualTo("carriers.count");
        assertThat(body.get("at").asString()).isEqualTo(AT.toString());
        return body.get("value").asLong();
    }

    @Test
    void aRegisteredCarrierCountsForCountyCityAndProvinceOnceEvenWhenDeliveredTwice() throws Exception {
        long county = count("370323");
        long city = count("370300");
        long province = count("370000");
        EventEnvelope<CarrierRegistered> event = registered("carrier-" + UUID.randomUUID(), "370323", 1);

        EventProbe.publish(Topics.REGISTRY_CARRIERS.name(), event, event);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(count("370323")).isEqualTo(county + 1));
        assertThat(count("370300")).isEqualTo(city + 1);
        assertThat(count("370000")).isEqualTo(province + 1);
        EventProbe.publish(Topics.REGISTRY_CARRIERS.name(), registered("other-" + UUID.randomUUID(), "370323", 1));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(count("370323")).isEqualTo(county + 2));
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
        long before = count("370303");
        String badKey = "malformed-" + UUID.randomUUID();
        EventProbe.publishRaw(Topics.REGISTRY_CARRIERS.name(), badKey, "{not json".getBytes(StandardCharsets.UTF_8),
                Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "hatchery/registry",
                        "ce_type", RegistryEvents.CARRIER_REGISTERED.name(), "ce_subject", badKey,
                        "ce_time", Instant.now().toString(), "ce_aggregateversion", "1"));
        EventProbe.publish(Topics.REGISTRY_CARRIERS.name(), registered("after-" + UUID.randomUUID(), "370303", 1));

        try (EventProbe deadLetters = EventProbe.fromBeginning("hatchery.registry.carriers.statistics.dlt")) {
            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecord(record -> badKey.equals(record.key()),
                    Duration.ofSeconds(20));
            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(dead.headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();
            assertThat(dead.headers().lastHeader("kafka_dlt-original-topic").value())
                    .isEqualTo(Topics.REGISTRY_CARRIERS.name().getBytes(StandardCharsets.UTF_8));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(count("370303")).isEqualTo(before + 1));
    }

    private static EventEnvelope<CarrierRegistered> registeredWithArea(String id, String region, BigDecimal area) {
        CarrierRegistered data = new CarrierRegistered(id, CarrierKind.INCUBATOR, region, null,
                new CarrierProfile("孵化器", new Operator("o", "91350100M000100Y43"), null, area, BigDecimal.ONE,
                        List.of(), null, List.of()), LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 1));
        return new EventEnvelope<>(UUID.randomUUID(), "hatchery/registry", RegistryEvents.CARRIER_REGISTERED.name(),
                id, Instant.now(), RegistryEvents.CARRIER_REGISTERED.dataschema(), region, 1, "test", null, data);
    }

    private long rejectedEvents() throws Exception {
        HttpResponse<String> status = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/statistics/admin/status"))
                .header("Authorization", "Bearer " + TestTokens.token("PROVINCE_ADMIN", "370000")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(status.body()).get("eventsRejected").asLong();
    }

    @Test
    void anEventOutsideItsContractGoesToTheDeadLettersUncountedUnrecordedAndTheRestGoesOn() throws Exception {
        long before = count("370305");
        long rejectedBefore = rejectedEvents();
        String poisoned = "poisoned-" + UUID.randomUUID();
        EventProbe.publish(Topics.REGISTRY_CARRIERS.name(),
                registeredWithArea(poisoned, "370305", new BigDecimal("1E+20")),
                registeredWithArea("healthy-" + UUID.randomUUID(), "370305", BigDecimal.TEN));

        try (EventProbe deadLetters = EventProbe.fromBeginning("hatchery.registry.carriers.statistics.dlt")) {
            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecord(record -> poisoned.equals(record.key()),
                    Duration.ofSeconds(20));
            assertThat(new String(dead.headers().lastHeader("kafka_dlt-exception-message").value(),
                    StandardCharsets.UTF_8)).contains("outside 0..1000000000");
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(count("370305")).isEqualTo(before + 1));
        assertThat(rejectedEvents()).isEqualTo(rejectedBefore + 1);

        // Not recorded as applied: the corrected event of the same version, re-driven, counts.
        EventProbe.publish(Topics.REGISTRY_CARRIERS.name(), registeredWithArea(poisoned, "370305",
                new BigDecimal("20000")));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(count("370305")).isEqualTo(before + 2));
        assertThat(rejectedEvents()).isEqualTo(rejectedBefore + 1);
    }

    @Test
    void figuresOutsideTheCallersJurisdictionAreRefused() throws Exception {
        HttpResponse<String> response = query("330483", TestTokens.token("CITY_OFFICER", "320900"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(query("320902", TestTokens.token("CITY_OFFICER", "320900")).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownRegionAndIndicatorAre404AndABadDateIs400() throws Exception {
        String token = TestTokens.token("PROVINCE_ADMIN", "370000");
        assertThat(query("999999", token).statusCode()).isEqualTo(404);
        HttpResponse<String> badIndicator = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/statistics/regions/370000/indicators/unicorns.count")).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(badIndicator.statusCode()).isEqualTo(404);
        HttpResponse<String> badDate = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/statistics/regions/370000/indicators/carriers.count?at=2024-02-31"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badDate.body()).get("errors").get(0).get("field").asString()).isEqualTo("at");
    }
}
