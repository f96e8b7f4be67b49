package io.hatchery.exchange.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.exchange.FirmRevenueReported;
import io.hatchery.contracts.identity.Uscc;
import io.hatchery.contracts.registry.FirmRegistered;
import io.hatchery.exchange.support.ExchangeApi;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * Facts sent in as CloudEvents batches: each item validated against its published schema, confined to the
 * partner's entitlements and jurisdiction, accepted once per (source, id) and published keyed by the firm.
 */
@ServiceIntegrationTest
class InboundApiTest {

    private static final String BATCH = "application/cloudevents-batch+json";
    private static final String REVENUE = "hatchery.exchange.firm.revenue-reported.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private ExchangeApi api;
    private String tax;
    private String yanchengFirm;
    private String suzhouFirm;

    @BeforeEach
    void registryKnowsTwoFirms() {
        api = new ExchangeApi(port);
        tax = api.partner("320900", false, "hatchery.registry.firm.registered.v1");
        yanchengFirm = firm("320902");
        suzhouFirm = firm("320505");
    }

    private String firm(String region) {
        String uscc = Uscc.complete("91" + region + "MA" + String.format(Locale.ROOT, "%07d",
                Math.floorMod(System.nanoTime(), 10_000_000L)));
        String id = "firm-" + uscc;
        ExchangeApi.publish("hatchery/registry", id, region, 1, new FirmRegistered(id, uscc, "科技有限公司 " + uscc,
                LocalDate.of(2022, 1, 1), "software", region, LocalDate.of(2022, 1, 1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(id)),
                "directory_firms"));
        return uscc;
    }

    private static String event(String id, String type, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:tax:320900","type":"%s",
                 "datacontenttype":"application/json","data":%s}""".formatted(id, type, data);
    }

    private static String revenue(String id, String uscc, int year, String amount) {
        return event(id, REVENUE, "{\"firmUscc\":\"%s\",\"year\":%d,\"revenueRmb\":%s,\"effectiveDate\":\"%d-05-31\"}"
                .formatted(uscc, year, amount, year + 1));
    }

    private ExchangeApi.Response send(String token, String... events) {
        return api.send("POST", "/inbound", BATCH, "[" + String.join(",", events) + "]", token);
    }

    @Test
    void revenueForTwoYearsIsPublishedOnceHoweverOftenItIsSent() {
        String client = TestTokens.partnerToken(tax, "320900");
        String first = ExchangeApi.unique("tax");
        String second = ExchangeApi.unique("tax");

        ExchangeApi.Response accepted = send(client, revenue(first, yanchengFirm, 2023, "12000000"),
                revenue(second, yanchengFirm, 2024, "15500000.50"));
        ExchangeApi.Response repeated = send(client, revenue(first, yanchengFirm, 2023, "12000000"),
                revenue(second, yanchengFirm, 2024, "15500000.50"));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(accepted.json().get("results").valueStream().map(r -> r.get("status").asInt()).toList())
                .containsExactly(202, 202);
        assertThat(repeated.json().get("duplicates").asInt()).isEqualTo(2);
        assertThat(repeated.json().get("accepted").asInt()).isZero();
        try (EventProbe probe = EventProbe.fromBeginning(Topics.EXCHANGE_INBOUND.name())) {
            probe.awaitEvent(e -> e.subject().equals("firm-" + yanchengFirm)
                    && e.data() instanceof FirmRevenueReported reported && reported.year() == 2024,
                    Duration.ofSeconds(20));
            List<EventEnvelope<?>> published = probe.drain(Duration.ofSeconds(2)).stream()
                    .filter(e -> e.subject().equals("firm-" + yanchengFirm)).toList();
            assertThat(published).extracting(e -> ((FirmRevenueReported) e.data()).year()).containsExactly(2023, 2024);
            assertThat(published).extracting(EventEnvelope::aggregateVersion).containsExactly(1L, 2L);
            assertThat(published.get(0).region()).isEqualTo("320902");
            assertThat(published.get(0).source()).isEqualTo("hatchery/exchange");
        }
    }

    @Test
    void badItemsGetTheirOwnProblemsAndNothingElseWhileGoodOnesGoThrough() {
        String client = TestTokens.partnerToken(tax, "320900");
        String unknownUscc = Uscc.complete("91320902MA9999999");

        ExchangeApi.Response answer = send(client,
                "42",
                "{\"specversion\":\"0.3\",\"source\":\"urn:tax\",\"type\":\"" + REVENUE + "\",\"data\":{}}",
                event(ExchangeApi.unique("x"), "hatchery.exchange.firm.teleported.v1", "{}"),
                revenue(ExchangeApi.unique("x"), yanchengFirm, 2023, "-5"),
                revenue(ExchangeApi.unique("x"), unknownUscc, 2023, "100"),
                revenue(ExchangeApi.unique("x"), suzhouFirm, 2023, "100"),
                revenue(ExchangeApi.unique("x"), yanchengFirm, 2022, "9000000"));

        JsonNode results = answer.json().get("results");
        assertThat(answer.json().get("rejected").asInt()).isEqualTo(6);
        assertThat(answer.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(results.valueStream().map(r -> r.get("status").asInt()).toList())
                .containsExactly(400, 400, 400, 400, 422, 403, 202);
        assertThat(fields(results.get(1))).containsExactlyInAnyOrder("specversion", "id");
        assertThat(fields(results.get(2))).containsExactly("type");
        assertThat(fields(results.get(3))).containsExactly("data.revenueRmb");
        assertThat(fields(results.get(4))).containsExactly("data.firmUscc");
        assertThat(fields(results.get(5))).containsExactly("data.firmUscc");
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("firm-" + suzhouFirm)), "reported_firms"))
                .as("nothing of a refused item is stored").isFalse();
    }

    @Test
    void onlyPartnersSendAndOnlyTheTypesTheyAreEntitledTo() {
        String statistics = TestTokens.partnerToken(api.partner("320900", false), "320900");
        String notEntitledPartner = new ExchangeApi(port).post("/partners", ExchangeApi.admin(), """
                {"code":"%s","name":"统计局","kind":"DEPARTMENT","jurisdiction":"320900",
                 "entitlements":{"eventTypes":[],"inboundTypes":[]}}""".formatted(ExchangeApi.unique("stats")))
                .json().get("id").asString();

        ExchangeApi.Response notEntitled = send(TestTokens.partnerToken(notEntitledPartner, "320900"),
                revenue(ExchangeApi.unique("x"), yanchengFirm, 2023, "100"));
        ExchangeApi.Response officer = send(TestTokens.token("CITY_OFFICER", "320900"),
                revenue(ExchangeApi.unique("x"), yanchengFirm, 2023, "100"));
        ExchangeApi.Response notABatch = api.send("POST", "/inbound", BATCH, "{\"id\":\"1\"}", statistics);
        ExchangeApi.Response empty = api.send("POST", "/inbound", BATCH, "[]", statistics);

        assertThat(notEntitled.json().get("results").get(0).get("status").asInt()).isEqualTo(403);
        assertThat(officer.status()).isEqualTo(403);
        assertThat(notABatch.status()).isEqualTo(400);
        assertThat(notABatch.fields()).containsExactly("body");
        assertThat(empty.fields()).containsExactly("body");
    }

    private static List<String> fields(JsonNode result) {
        return result.get("problems").valueStream().map(problem -> problem.get("field").asString()).toList();
    }
}
