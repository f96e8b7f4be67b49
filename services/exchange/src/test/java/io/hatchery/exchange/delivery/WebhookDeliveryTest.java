package io.hatchery.exchange.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.registry.CarrierDesignated;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.contracts.registry.FirmRegistered;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.devstack.WebhookSink;
import io.hatchery.exchange.support.ExchangeApi;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Webhook delivery to a real HTTP receiver: the validation handshake, signatures, retries through a sink that fails
 * and recovers, per-subject order, confinement to the partner's jurisdiction whatever the filters say, redaction of
 * fields the partner is not entitled to, dead letters of a sink that stays down and their re-drive.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "hatchery.exchange.delivery.circuit-open=300ms")
class WebhookDeliveryTest {

    private static final String REGISTERED = "hatchery.registry.carrier.registered.v1";
    private static final String DESIGNATED = "hatchery.registry.carrier.designated.v1";
    private static final String FIRM_REGISTERED = "hatchery.registry.firm.registered.v1";

    @LocalServerPort
    int port;

    private ExchangeApi api;

    @BeforeEach
    void api() {
        api = new ExchangeApi(port);
    }

    private static CarrierRegistered registered(String carrier, String region) {
        return new CarrierRegistered(carrier, CarrierKind.INCUBATOR, region, null, new CarrierProfile("孵化器 " + carrier,
                new Operator("运营有限公司", "91350100M000100Y43"), "某路 1 号", BigDecimal.valueOf(8000),
                BigDecimal.valueOf(6000), null, null, null), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1));
    }

    private JsonNode subscribe(String partner, WebhookSink sink, String hook, String filters, int maxAttempts) {
        return subscribe(partner, sink, hook, filters, maxAttempts,
                "[\"" + REGISTERED + "\",\"" + DESIGNATED + "\"]");
    }

    private JsonNode subscribe(String partner, WebhookSink sink, String hook, String filters, int maxAttempts,
            String types) {
        ExchangeApi.Response created = api.post("/subscriptions", TestTokens.partnerToken(partner, "320900"), """
                {"types":%s,"filters":%s,"sink":"%s",
                 "delivery":{"maxAttempts":%d,"initialBackoffMs":50,"maxBackoffMs":400}}
                """.formatted(types, filters, sink.url(hook), maxAttempts));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        sink.secret(hook, created.json().get("secret").asString());
        String id = created.json().get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> "VALIDATED".equals(api.get("/subscriptions/" + id,
                TestTokens.partnerToken(partner, "320900")).json().get("validation").asString()));
        return created.json();
    }

    @Test
    void aSinkThatFailsThreeTimesThenRecoversGetsEveryEventInOrderSignedConfinedAndRedacted() {
        String prefix = ExchangeApi.unique("carrier-w");
        String partner = api.partner("320900", false, REGISTERED, DESIGNATED);
        try (WebhookSink sinks = new WebhookSink()) {
            sinks.failNext("flaky", 3);
            subscribe(partner, sinks, "flaky",
                    "[{\"sql\":\"subject LIKE '" + prefix + "-%' AND region LIKE '3209%'\"}]", 10);
            subscribe(partner, sinks, "greedy", "[{\"prefix\":{\"subject\":\"" + prefix + "\"}},"
                    + "{\"any\":[{\"exact\":{\"region\":\"320505\"}},{\"exact\":{\"region\":\"330402\"}}]}]", 10);

            List<String> published = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String carrier = prefix + "-" + i;
                published.add(ExchangeApi.publish("hatchery/registry", carrier, "320902", 1,
                        registered(carrier, "320902")).id().toString());
                published.add(ExchangeApi.publish("hatchery/registry", carrier, "320902", 2,
                        new CarrierDesignated(carrier, Designation.BENCHMARK, "盐城市科技局", LocalDate.of(2021, 1, 1)))
                        .id().toString());
            }
            ExchangeApi.publish("hatchery/registry", prefix + "-sz", "320505", 1, registered(prefix + "-sz", "320505"));
            ExchangeApi.publish("hatchery/registry", prefix + "-jx", "330402", 1, registered(prefix + "-jx", "330402"));

            await().atMost(Duration.ofSeconds(30)).until(() -> sinks.received("flaky").stream()
                    .map(WebhookSink.Received::id).distinct().count() == published.size());
            List<WebhookSink.Received> received = sinks.received("flaky");
            assertThat(received.stream().map(WebhookSink.Received::id).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(published);
            assertThat(received).allSatisfy(event -> assertThat(event.signatureValid()).isTrue());
            Map<String, List<Long>> versionsBySubject = new LinkedHashMap<>();
            received.forEach(event -> versionsBySubject.computeIfAbsent(event.subject(), s -> new ArrayList<>())
                    .add(event.event().get("aggregateversion").asLong()));
            assertThat(versionsBySubject.values()).allSatisfy(versions -> assertThat(versions).isSorted());
            JsonNode registration = received.stream().filter(event -> event.event().get("type").asString()
                    .equals(REGISTERED)).findFirst().orElseThrow().event();
            assertThat(registration.get("data").get("profile").has("address")).isFalse();
            assertThat(registration.get("data").get("profile").get("name").asString()).startsWith("孵化器");
            assertThat(Set.of(registration.get("redacted").asString().split(",")))
                    .contains("profile.address", "profile.operator");

            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> sinks.received("greedy").isEmpty());
        }
    }

    @Test
    void aSinkThatStaysDownFillsTheDeadLettersAndARedriveDeliversThemOnceItIsBack() {
        String prefix = ExchangeApi.unique("carrier-d");
        String partner = api.partner("320900", true, REGISTERED, DESIGNATED);
        String token = TestTokens.partnerToken(partner, "320900");
        try (WebhookSink sink = new WebhookSink()) {
            JsonNode subscription = subscribe(partner, sink, "down",
                    "[{\"prefix\":{\"subject\":\"" + prefix + "\"}}]", 2);
            String id = subscription.get("id").asString();
            sink.down("down", true);

            List<String> published = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String carrier = prefix + "-" + i;
                published.add(ExchangeApi.publish("hatchery/registry", carrier, "320903", 1,
                        registered(carrier, "320903")).id().toString());
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/subscriptions/" + id + "/dead-letters",
                    token).json().get("total").asLong() == published.size());
            JsonNode deadLetters = api.get("/subscriptions/" + id + "/dead-letters", token).json();
            assertThat(deadLetters.get("items").valueStream().map(letter -> letter.get("eventId").asString()).toList())
                    .containsExactlyInAnyOrderElementsOf(published);
            assertThat(deadLetters.get("items").get(0).get("event").get("data").get("profile").has("address"))
                    .as("a partner entitled to INTERNAL fields gets them").isTrue();
            // the status is kept within a second of what delivery did
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                JsonNode status = api.get("/subscriptions/" + id + "/status", token).json();
                assertThat(status.get("deadLetters").asLong()).isEqualTo(published.size());
                assertThat(status.get("deadLettered").asLong()).isEqualTo(published.size());
                assertThat(status.get("failures").asLong()).as("two attempts each").isEqualTo(2L * published.size());
            });
            assertThat(sink.received("down")).isEmpty();

            ExchangeApi.Response stillDown = api.post("/subscriptions/" + id + "/dead-letters/redrive", token, null);
            assertThat(stillDown.json().get("redelivered").asInt()).isZero();
            assertThat(stillDown.json().get("remaining").asLong()).isEqualTo(published.size());

            sink.down("down", false);
            ExchangeApi.Response redriven = api.post("/subscriptions/" + id + "/dead-letters/redrive", token, null);

            assertThat(redriven.status()).as(redriven.body()).isEqualTo(200);
            assertThat(redriven.json().get("redelivered").asInt()).isEqualTo(published.size());
            assertThat(redriven.json().get("remaining").asLong()).isZero();
            assertThat(sink.received("down").stream().map(WebhookSink.Received::id).toList())
                    .containsExactlyInAnyOrderElementsOf(published);
            assertThat(sink.received("down")).allSatisfy(event -> assertThat(event.signatureValid()).isTrue());
            assertThat(api.get("/subscriptions/" + id + "/dead-letters", token).json().get("total").asLong())
                    .isZero();
        }
    }

    @Test
    void batchedAndBinaryDeliveriesCarryTheSameEventsSigned() {
        String prefix = ExchangeApi.unique("carrier-b");
        String partner = api.partner("320900", false, REGISTERED, DESIGNATED);
        String client = TestTokens.partnerToken(partner, "320900");
        try (WebhookSink sinks = new WebhookSink()) {
            for (String[] hook : new String[][] {{"batched", "STRUCTURED", "3"}, {"binary", "BINARY", "1"}}) {
                ExchangeApi.Response created = api.post("/subscriptions", client, """
                        {"types":["%s"],"filters":[{"prefix":{"subject":"%s"}}],"sink":"%s",
                         "delivery":{"format":"%s","batchSize":%s}}"""
                        .formatted(REGISTERED, prefix, sinks.url(hook[0]), hook[1], hook[2]));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                sinks.secret(hook[0], created.json().get("secret").asString());
                String id = created.json().get("id").asString();
                await().atMost(Duration.ofSeconds(20)).until(() -> "VALIDATED".equals(api.get("/subscriptions/"
                        + id, client).json().get("validation").asString()));
            }
            List<String> published = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                String carrier = prefix + "-" + i;
                published.add(ExchangeApi.publish("hatchery/registry", carrier, "320902", 1,
                        registered(carrier, "320902")).id().toString());
            }

            for (String hook : List.of("batched", "binary")) {
                await().atMost(Duration.ofSeconds(30)).until(() -> sinks.received(hook).stream()
                        .map(WebhookSink.Received::id).distinct().count() == published.size());
                assertThat(sinks.received(hook)).as(hook).allSatisfy(event -> {
                    assertThat(event.signatureValid()).isTrue();
                    assertThat(event.event().get("type").asString()).isEqualTo(REGISTERED);
                    assertThat(event.event().get("redacted").asString()).contains("profile.address");
                    assertThat(event.event().get("data").get("profile").has("address")).isFalse();
                });
                assertThat(sinks.received(hook).stream().map(WebhookSink.Received::id).distinct().toList())
                        .as(hook).containsExactlyInAnyOrderElementsOf(published);
            }
        }
    }

    @Test
    void aTypeThePartnerIsNewlyEntitledToIsDeliveredFromThenOn() {
        String prefix = ExchangeApi.unique("carrier-e");
        String partner = api.partner("320900", false, REGISTERED);
        try (WebhookSink sinks = new WebhookSink()) {
            subscribe(partner, sinks, "all", "[{\"prefix\":{\"subject\":\"" + prefix + "\"}}]", 10, "[]");
            String before = ExchangeApi.publish("hatchery/registry", prefix + "-firm-0", "320902", 1,
                    firm(prefix + "-firm-0")).id().toString();

            ExchangeApi.Response entitled = api.send("PUT", "/partners/" + partner + "/entitlements",
                    "application/json", "{\"eventTypes\":[\"" + REGISTERED + "\",\"" + FIRM_REGISTERED
                            + "\"],\"dataClasses\":[],\"inboundTypes\":[]}", ExchangeApi.admin());
            assertThat(entitled.status()).as(entitled.body()).isEqualTo(200);
            List<String> after = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                String carrier = prefix + "-" + after.size();
                after.add(ExchangeApi.publish("hatchery/registry", carrier, "320902", 1,
                        registered(carrier, "320902")).id().toString());
                after.add(ExchangeApi.publish("hatchery/registry", prefix + "-firm-" + after.size(), "320902", 1,
                        firm(prefix + "-firm-" + after.size())).id().toString());
                return sinks.received("all").stream().anyMatch(event -> event.event().get("type").asString()
                        .equals(FIRM_REGISTERED));
            });

            assertThat(sinks.received("all").stream().map(WebhookSink.Received::id).toList())
                    .as("the firm registered before the entitlement is not delivered").doesNotContain(before);
        }
    }

    private static FirmRegistered firm(String id) {
        return new FirmRegistered(id, "91350100M000100Y43", "企业 " + id, LocalDate.of(2023, 1, 1), "software",
                "320902", LocalDate.of(2023, 1, 1));
    }
}
