package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.identity.Uscc;
import io.hatchery.devstack.WebhookSink;
import io.hatchery.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Data exchange across services, through the gateway: the tax bureau's revenue for two consecutive years over
 * RMB 10 m makes an incubated firm graduation-eligible in the registry, a repeated batch changes nothing, market
 * regulation's deregistration exits the firm; the bureau's webhook receives the registry's events of its city only,
 * signed, with restricted fields removed.
 */
@Order(SharedPlatform.ORDER)
class ExchangeEndToEndTest {

    private static final String CITY = "320900";
    private static final String COUNTY = "320924";
    private static final String BATCH = "application/cloudevents-batch+json";
    private static final String EXITED = "hatchery.registry.firm.exited.v1";
    private static final String ELIGIBLE = "hatchery.registry.firm.graduation-eligible.v1";

    private static ServicesUnderTest services;

    private final String suffix = String.format(Locale.ROOT, "%07d", System.nanoTime() / 1000 % 10_000_000);
    private final String admin = TestTokens.token("PROVINCE_ADMIN", "320000");

    @BeforeAll
    static void start() {
        services = SharedPlatform.get();
    }

    private static String gateway(String path) {
        return services.gatewayUrl() + path;
    }

    private static JsonNode created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    private String partner(String code, String eventTypes, String inboundTypes) {
        return created(Http.postJson(gateway("/api/exchange/partners"), admin, """
                {"code":"%s","name":"部门%s","kind":"DEPARTMENT","jurisdiction":"%s",
                 "entitlements":{"eventTypes":[%s],"dataClasses":[],"inboundTypes":[%s]}}"""
                .formatted(code, code, CITY, eventTypes, inboundTypes), Map.of())).get("id").asString();
    }

    private static String fact(String id, String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"urn:gov:320900\",\"type\":\"" + type
                + "\",\"data\":" + data + "}";
    }

    @Test
    void factsFromOtherDepartmentsChangeTheRegisterOnceAndItsEventsReachTheirSubscribersConfinedAndRedacted() {
        String market = partner("samr-e2e-" + suffix, "\"" + EXITED + "\",\"" + ELIGIBLE + "\"",
                "\"hatchery.exchange.firm.deregistered.v1\"");
        String tax = partner("tax-e2e-" + suffix, "", "\"hatchery.exchange.firm.revenue-reported.v1\"");
        try (WebhookSink sink = new WebhookSink()) {
            JsonNode subscription = created(Http.postJson(gateway("/api/exchange/subscriptions"),
                    TestTokens.partnerToken(market, CITY), """
                    {"filters":[{"prefix":{"region":"3209"}}],"sink":"%s",
                     "delivery":{"maxAttempts":10,"initialBackoffMs":100,"maxBackoffMs":1000}}"""
                    .formatted(sink.url("samr")), Map.of()));
            sink.secret("samr", subscription.get("secret").asString());
            sink.failNext("samr", 2);

            String carrier = created(Http.postJson(gateway("/api/registry/carriers"), admin, """
                    {"name":"射阳交换孵化器%s","kind":"INCUBATOR","region":"%s",
                     "operator":{"name":"射阳运营有限公司","uscc":"91350100M000100Y43"},
                     "establishedOn":"2018-01-01","totalArea":6000,"incubationArea":4000}"""
                    .formatted(suffix, COUNTY), Map.of())).get("id").asString();
            String uscc = Uscc.complete("91320924MA" + suffix);
            String firm = created(Http.postJson(gateway("/api/registry/firms"), admin, """
                    {"uscc":"%s","name":"射阳交换科技有限公司%s","foundedOn":"2022-01-01","region":"%s"}"""
                    .formatted(uscc, suffix, COUNTY), Map.of())).get("id").asString();
            created(Http.postJson(gateway("/api/registry/firms/" + firm + "/admission"), admin,
                    "{\"carrierId\":\"%s\",\"admittedOn\":\"2022-03-01\"}".formatted(carrier), Map.of()));

            String revenue = "[" + fact("rev-2023-" + suffix, "hatchery.exchange.firm.revenue-reported.v1",
                    "{\"firmUscc\":\"" + uscc
                            + "\",\"year\":2023,\"revenueRmb\":11000000,\"effectiveDate\":\"2024-05-31\"}")
                    + "," + fact("rev-2024-" + suffix, "hatchery.exchange.firm.revenue-reported.v1",
                    "{\"firmUscc\":\"" + uscc
                            + "\",\"year\":2024,\"revenueRmb\":16000000,\"effectiveDate\":\"2025-05-31\"}")
                    + "]";
            String taxClient = TestTokens.partnerToken(tax, CITY);
            // the exchange learns of the firm from the registry's events: the department sends again until it has
            await().atMost(Duration.ofMinutes(2)).until(() -> Http.post(gateway("/api/exchange/inbound"), taxClient,
                    BATCH, revenue).json().get("rejected").asInt() == 0);
            JsonNode repeated = Http.post(gateway("/api/exchange/inbound"), taxClient, BATCH, revenue).json();
            assertThat(repeated.get("duplicates").asInt()).isEqualTo(2);

            await().atMost(Duration.ofMinutes(2)).until(() -> Http.get(gateway("/api/registry/firms/" + firm), admin)
                    .json().get("eligibleForGraduation").asBoolean());
            assertThat(Http.get(gateway("/api/registry/firms/" + firm), admin).json().get("revenueRmb")
                    .get("2024").decimalValue()).isEqualByComparingTo("16000000");

            JsonNode deregistered = Http.post(gateway("/api/exchange/inbound"), TestTokens.partnerToken(market, CITY),
                    BATCH, "[" + fact("dereg-" + suffix, "hatchery.exchange.firm.deregistered.v1",
                            "{\"firmUscc\":\"" + uscc + "\",\"authority\":\"射阳县市场监督管理局\",\"effectiveDate\":"
                                    + "\"2025-09-01\"}") + "]").json();
            assertThat(deregistered.get("accepted").asInt()).as(deregistered.toString()).isEqualTo(1);
            await().atMost(Duration.ofMinutes(2)).until(() -> "EXITED".equals(Http.get(gateway("/api/registry/firms/"
                    + firm), admin).json().get("status").asString()));
            JsonNode stay = Http.get(gateway("/api/registry/firms/" + firm), admin).json().get("incubations").get(0);
            assertThat(stay.get("exitReason").asString()).isEqualTo("CLOSED");

            await().atMost(Duration.ofMinutes(2)).until(() -> sink.received("samr").stream()
                    .filter(event -> event.event().path("subject").asString().equals(firm))
                    .map(WebhookSink.Received::id).distinct().count() == 2);
            List<WebhookSink.Received> received = sink.received("samr");
            assertThat(received).allSatisfy(event -> {
                assertThat(event.signatureValid()).isTrue();
                assertThat(event.event().path("region").asString()).startsWith("3209");
            });
            JsonNode exit = received.stream().filter(event -> event.event().path("type").asString().equals(EXITED)
                    && event.event().path("subject").asString().equals(firm)).findFirst().orElseThrow().event();
            assertThat(exit.get("data").get("reason").asString()).isEqualTo("CLOSED");
            assertThat(exit.get("data").has("note")).as("a note is RESTRICTED").isFalse();
            assertThat(exit.get("redacted").asString()).isEqualTo("note");
            assertThat(received.stream().filter(event -> event.event().path("subject").asString().equals(firm))
                    .map(event -> event.event().path("type").asString()).distinct().toList())
                    .containsExactly(ELIGIBLE, EXITED);
        }
    }
}
