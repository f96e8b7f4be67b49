package io.hatchery.exchange.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.exchange.support.ExchangeApi;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** Subscriptions through the API: create, read, list, pause, resume, rewind, delete, the pull API, and refusals. */
@ServiceIntegrationTest
class SubscriptionApiTest {

    private static final String REGISTERED = "hatchery.registry.carrier.registered.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private ExchangeApi api;
    private String partner;
    private String client;

    @BeforeEach
    void partner() {
        api = new ExchangeApi(port);
        partner = api.partner("320900", false, REGISTERED);
        client = TestTokens.partnerToken(partner, "320900");
    }

    private ExchangeApi.Response create(String body) {
        return api.post("/subscriptions", client, body);
    }

    @Test
    void aPartnersClientKeepsItsSubscriptionsAndSeesTheSecretOnceOnly() {
        ExchangeApi.Response created = create("""
                {"types":["%s"],"filters":[{"exact":{"region":"320902"}},{"not":{"sql":"subject = 'x'"}}],
                 "sink":"https://hooks.example.org/hatchery"}
                """.formatted(REGISTERED));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode subscription = created.json();
        String id = subscription.get("id").asString();
        assertThat(subscription.get("secret").asString()).hasSizeGreaterThan(40);
        assertThat(subscription.get("mode").asString()).isEqualTo("PUSH");
        assertThat(subscription.get("validation").asString()).isEqualTo("PENDING");
        assertThat(subscription.get("filters").toString()).isEqualTo(
                "[{\"exact\":{\"region\":\"320902\"}},{\"not\":{\"sql\":\"subject = 'x'\"}}]");
        assertThat(subscription.get("delivery").get("maxAttempts").asInt()).isEqualTo(8);
        JsonNode read = api.get("/subscriptions/" + id, client).json();
        assertThat(read.hasNonNull("secret")).isFalse();
        Document stored = mongo.findById(id, Document.class, "subscriptions");
        String sealed = stored.get("state", Document.class).getString("secret");
        assertThat(sealed).as("sealed at rest").isNotEqualTo(subscription.get("secret").asString())
                .doesNotContain(subscription.get("secret").asString());
        assertThat(api.get("/subscriptions", client).json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/subscriptions?partner=" + partner, ExchangeApi.admin()).json().get("total").asLong())
                .isEqualTo(1);

        ExchangeApi.Response paused = api.post("/subscriptions/" + id + "/pause", client, null);
        ExchangeApi.Response resumed = api.post("/subscriptions/" + id + "/resume", client, null, "If-Match", "\"2\"");
        ExchangeApi.Response rewound = api.post("/subscriptions/" + id + "/rewind", client,
                "{\"time\":\"2026-01-01T00:00:00Z\"}");
        assertThat(paused.json().get("status").asString()).isEqualTo("PAUSED");
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        assertThat(resumed.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(rewound.json().get("startFrom").asString()).isEqualTo("2026-01-01T00:00:00Z");

        assertThat(api.send("DELETE", "/subscriptions/" + id, null, null, client).status()).isEqualTo(204);
        assertThat(api.get("/subscriptions/" + id, client).status()).isEqualTo(404);
        assertThat(api.get("/subscriptions", client).json().get("total").asLong()).isZero();
    }

    @Test
    void badSubscriptionsAreRefusedNamingTheFieldAndCreateNothing() {
        ExchangeApi.Response notEntitled = create("{\"types\":[\"hatchery.funding.investment.made.v1\"]}");
        ExchangeApi.Response badSql = create("{\"filters\":[{\"all\":[{\"sql\":\"region = \"}]}]}");
        ExchangeApi.Response badDialect = create("{\"filters\":[{\"regex\":{\"type\":\".*\"}}]}");
        ExchangeApi.Response badSink = create("{\"sink\":\"ftp://files.example.org/in\"}");
        ExchangeApi.Response badDelivery = create(
                "{\"sink\":\"https://h.example.org\",\"delivery\":{\"batchSize\":0}}");
        ExchangeApi.Response future = api.post("/subscriptions", client, "{}");
        String id = future.json().get("id").asString();
        ExchangeApi.Response rewindToFuture = api.post("/subscriptions/" + id + "/rewind", client,
                "{\"time\":\"2999-01-01T00:00:00Z\"}");

        assertThat(notEntitled.status()).isEqualTo(400);
        assertThat(notEntitled.fields()).containsExactly("types");
        assertThat(badSql.fields()).containsExactly("filters[0].all[0].sql");
        assertThat(badDialect.fields()).containsExactly("filters[0]");
        assertThat(badSink.fields()).containsExactly("sink");
        assertThat(badDelivery.fields()).containsExactly("delivery.batchSize");
        assertThat(rewindToFuture.fields()).containsExactly("time");
        assertThat(api.get("/subscriptions", client).json().get("total").asLong()).as("only the valid one")
                .isEqualTo(1);
    }

    @Test
    void anotherPartnerAndOtherRolesCannotTouchASubscription() {
        String id = create("{}").json().get("id").asString();
        String other = TestTokens.partnerToken(api.partner("320900", false, REGISTERED), "320900");

        assertThat(api.get("/subscriptions/" + id, other).status()).isEqualTo(403);
        assertThat(api.post("/subscriptions/" + id + "/pause", other, null).status()).isEqualTo(403);
        assertThat(api.get("/subscriptions?partner=" + partner, other).status()).isEqualTo(403);
        assertThat(api.post("/subscriptions/" + id + "/pause", TestTokens.token("CITY_OFFICER", "320900"), null)
                .status()).isEqualTo(403);
        assertThat(api.get("/subscriptions/" + id, TestTokens.token("AUDITOR", "320900")).status()).isEqualTo(200);
        assertThat(api.get("/subscriptions/" + id, TestTokens.token("AUDITOR", "330000")).status()).isEqualTo(403);
        assertThat(api.post("/subscriptions", ExchangeApi.admin(), "{}").fields()).containsExactly("partnerId");
        assertThat(api.get("/subscriptions/nosuch", client).status()).isEqualTo(404);

        String push = create("{\"sink\":\"https://hooks.example.org/a\"}").json().get("id").asString();
        ExchangeApi.Response pulledFromPush = api.get("/subscriptions/" + push + "/events", client);
        ExchangeApi.Response redriveOfPull = api.post("/subscriptions/" + id + "/dead-letters/redrive", client, null);
        assertThat(pulledFromPush.status()).isEqualTo(422);
        assertThat(pulledFromPush.json().get("rule").asString()).isEqualTo("push-subscription");
        assertThat(redriveOfPull.status()).isEqualTo(422);
        assertThat(redriveOfPull.json().get("rule").asString()).isEqualTo("pull-subscription");
        assertThat(api.get("/subscriptions/" + id + "/events?limit=501", client).fields()).containsExactly("limit");
    }

    @Test
    void aPullSubscriptionServesPagesFromItsCursorConfinedToItsJurisdiction() {
        String prefix = ExchangeApi.unique("carrier-p");
        JsonNode subscription = create("{\"filters\":[{\"prefix\":{\"subject\":\"" + prefix + "\"}}]}").json();
        String id = subscription.get("id").asString();
        assertThat(subscription.get("mode").asString()).isEqualTo("PULL");
        List<String> inYancheng = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String carrier = prefix + "-" + i;
            inYancheng.add(ExchangeApi.publish("hatchery/registry", carrier, "320902", 1, new CarrierRegistered(
                    carrier, CarrierKind.MAKER_SPACE, "320902", null, null, LocalDate.of(2022, 1, 1),
                    LocalDate.of(2022, 1, 1))).id().toString());
        }
        ExchangeApi.publish("hatchery/registry", prefix + "-sz", "320505", 1, new CarrierRegistered(prefix + "-sz",
                CarrierKind.MAKER_SPACE, "320505", null, null, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1)));

        List<String> pulled = new ArrayList<>();
        String cursor = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (pulled.size() < inYancheng.size() && System.nanoTime() < deadline) {
            ExchangeApi.Response page = api.get("/subscriptions/" + id + "/events?limit=2"
                    + (cursor == null ? "" : "&after=" + cursor), client);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.json().get("events").size()).isLessThanOrEqualTo(2);
            page.json().get("events").valueStream().forEach(event -> pulled.add(event.get("id").asString()));
            cursor = page.json().get("next").asString();
        }

        assertThat(pulled).as("each once; order is kept per subject, not across them")
                .containsExactlyInAnyOrderElementsOf(inYancheng);
        ExchangeApi.Response end = api.get("/subscriptions/" + id + "/events?after=" + cursor, client);
        assertThat(end.json().get("events").size()).as("the Suzhou carrier is not the partner's").isZero();
        assertThat(end.json().get("lag").asLong()).isZero();
        assertThat(api.get("/subscriptions/" + id + "/events?after=not-a-cursor!", client).fields())
                .containsExactly("after");
        assertThat(api.get("/subscriptions/" + id + "/status", client).json().get("mode").asString())
                .isEqualTo("PULL");

        ExchangeApi.Response rewound = api.post("/subscriptions/" + id + "/rewind", client,
                "{\"time\":\"" + subscription.get("startFrom").asString() + "\"}");
        assertThat(rewound.status()).as(rewound.body()).isEqualTo(200);
        List<String> again = new ArrayList<>();
        cursor = null;
        while (again.size() < inYancheng.size()) {
            JsonNode page = api.get("/subscriptions/" + id + "/events?limit=500"
                    + (cursor == null ? "" : "&after=" + cursor), client).json();
            page.get("events").valueStream().forEach(event -> again.add(event.get("id").asString()));
            cursor = page.get("next").asString();
            if (page.get("events").isEmpty()) {
                break;
            }
        }
        assertThat(again).as("a rewind delivers again what was published since").containsExactlyInAnyOrderElementsOf(
                inYancheng);
    }
}
