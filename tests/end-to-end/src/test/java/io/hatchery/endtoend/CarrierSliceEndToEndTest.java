package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.CloudEventAttributes;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.TestInfrastructure;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The first slice across processes: a carrier registered through the gateway travels registry → outbox → Kafka →
 * statistics and is counted for its county, city and province; bad input is refused and counts nothing; a dead
 * service gives a 503 problem and, restarted, counts exactly as before.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CarrierSliceEndToEndTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(15);
    private static final String TODAY = LocalDate.now().toString();

    private static ServicesUnderTest services;

    @BeforeAll
    static void startPlatform() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        services = new ServicesUnderTest(infrastructure.kafkaBootstrapServers(),
                infrastructure.mongoConnectionString(), infrastructure.publicKeyFile())
                .startWithGateway("registry", "statistics");
    }

    @AfterAll
    static void stopPlatform() {
        if (services != null) {
            services.close();
        }
    }

    static String carrierJson(String name, String region, String uscc) {
        return """
                {"name": "%s", "kind": "MAKER_SPACE", "region": "%s",
                 "operator": {"name": "盐城众创运营有限公司", "uscc": "%s"},
                 "establishedOn": "2022-03-01", "totalArea": 800, "incubationArea": 600}
                """.formatted(name, region, uscc);
    }

    private static long carrierCount(String region) {
        Http.Response response = Http.get(services.gatewayUrl() + "/api/statistics/regions/" + region
                + "/indicators/carriers.count?at=" + TODAY, TestTokens.token("PROVINCE_ADMIN", "320000"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("value").asLong();
    }

    @Test
    @Order(1)
    void aCarrierRegisteredThroughTheGatewayIsCountedForItsCountyCityAndProvince() {
        long county = carrierCount("320903");
        long city = carrierCount("320900");
        long province = carrierCount("320000");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String token = TestTokens.token("CITY_OFFICER", "320900");

        Http.Response created = Http.postJson(services.gatewayUrl() + "/api/registry/carriers", token,
                carrierJson("盐都青年众创空间", "320903", "91350100M000100Y43"),
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/registry/carriers/" + id);
        assertThat(created.header("X-Request-Id")).isNotBlank();
        Http.Response fetched = Http.get(services.gatewayUrl() + created.header("Location"), token);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().get("name").asString()).isEqualTo("盐都青年众创空间");

        await().atMost(PROPAGATION).untilAsserted(() -> {
            assertThat(carrierCount("320903")).isEqualTo(county + 1);
            assertThat(carrierCount("320900")).isEqualTo(city + 1);
            assertThat(carrierCount("320000")).isEqualTo(province + 1);
        });

        try (EventProbe probe = EventProbe.fromBeginning(Topics.REGISTRY_CARRIERS.name())) {
            ConsumerRecord<String, byte[]> record = probe.awaitRecord(candidate -> id.equals(candidate.key()),
                    PROPAGATION);
            EventEnvelope<?> event = EventProbe.decode(record);
            assertThat(event.data()).isInstanceOf(CarrierRegistered.class);
            Header traceparent = record.headers().lastHeader(CloudEventAttributes.H_W3C_TRACEPARENT);
            assertThat(traceparent).as("trace context carried into Kafka").isNotNull();
            assertThat(new String(traceparent.value(), StandardCharsets.UTF_8)).contains(traceId);
        }
    }

    @Test
    @Order(2)
    void badInputIsRefusedNamingTheFieldAndCountsNothing() {
        String token = TestTokens.token("CITY_OFFICER", "320900");
        long before = carrierCount("320902");

        Http.Response refused = Http.postJson(services.gatewayUrl() + "/api/registry/carriers", token,
                carrierJson("亭湖创客空间", "320902", "91350100M000100Y44"), Map.of());
        Http.Response accepted = Http.postJson(services.gatewayUrl() + "/api/registry/carriers", token,
                carrierJson("亭湖青创空间", "320902", "91350100M000100Y43"), Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = refused.json().get("errors").valueStream().map(error -> error.get("field").asString())
                .toList();
        assertThat(fields).containsExactly("operator.uscc");
        assertThat(accepted.status()).isEqualTo(201);
        await().atMost(PROPAGATION).until(() -> carrierCount("320902") == before + 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> carrierCount("320902") == before + 1);
    }

    @Test
    @Order(3)
    void aCityOfficerCannotReadAnotherCitysFigures() {
        Http.Response response = Http.get(services.gatewayUrl()
                + "/api/statistics/regions/320100/indicators/carriers.count", TestTokens.token("CITY_OFFICER",
                "320900"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("status").asInt()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void aKilledServiceAnswers503ThroughTheGatewayAndCountsTheSameAfterRestart() {
        long province = carrierCount("320000");

        services.kill("statistics");
        Http.Response down = Http.get(services.gatewayUrl()
                + "/api/statistics/regions/320000/indicators/carriers.count", TestTokens.token("PROVINCE_ADMIN",
                "320000"));

        assertThat(down.status()).isEqualTo(503);
        JsonNode problem = down.json();
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asString()).contains("statistics");

        services.restart("statistics");
        await().atMost(PROPAGATION).until(() -> carrierCount("320000") == province);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> carrierCount("320000") == province);
    }

    @Test
    @Order(5)
    void theLiveFeedStreamsThroughTheGatewayLongerThanAnyRequestTimeout() throws Exception {
        String token = TestTokens.token("CITY_OFFICER", "320900");
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(services.gatewayUrl() + "/api/statistics/stream?region=320900"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        events.add(line.substring(5));
                    }
                }
            } catch (Exception closed) {
                events.add("closed: " + closed);
            }
        });
        reader.setDaemon(true);
        reader.start();
        events.poll(10, TimeUnit.SECONDS);

        Http.postJson(services.gatewayUrl() + "/api/registry/carriers", token,
                carrierJson("射阳直播众创空间", "320924", "91350100M000100Y43"), Map.of());
        assertThat(awaitData(events, "320924")).as("first change").isTrue();
        Thread.sleep(Duration.ofSeconds(16).toMillis());
        Http.postJson(services.gatewayUrl() + "/api/registry/carriers", token,
                carrierJson("射阳电商众创空间", "320924", "91350100M000100Y43"), Map.of());
        assertThat(awaitData(events, "320924")).as("a change after the gateway's 15 s response timeout").isTrue();
        stream.body().close();
    }

    private static boolean awaitData(BlockingQueue<String> events, String region) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String data = events.poll(1, TimeUnit.SECONDS);
            if (data != null && data.startsWith("closed")) {
                return false;
            }
            if (data != null && data.contains("\"region\":\"" + region + "\"")) {
                return true;
            }
        }
        return false;
    }
}
