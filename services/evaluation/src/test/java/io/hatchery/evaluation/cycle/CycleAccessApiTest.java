package io.hatchery.evaluation.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestHttp;
import io.hatchery.testing.TestTokens;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may open and read an evaluation cycle: only officers open one, only for carriers of their own region that
 * the scheme evaluates; an operator sees its own carrier's part of a cycle and nothing of the others.
 */
@ServiceIntegrationTest
class CycleAccessApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String YANCHENG = TestTokens.token("CITY_OFFICER", "320900");

    @LocalServerPort
    int port;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String yandu = "cy-" + run + "-yandu";
    private final String dongtai = "cy-" + run + "-dongtai";
    private final String makerSpace = "cy-" + run + "-maker";
    private final String jiaxing = "cy-" + run + "-jiaxing";

    @BeforeEach
    void carriersAreKnownFromTheRegistry() {
        register(yandu, CarrierKind.INCUBATOR, "320903");
        register(dongtai, CarrierKind.INCUBATOR, "320981");
        register(makerSpace, CarrierKind.MAKER_SPACE, "320903");
        register(jiaxing, CarrierKind.INCUBATOR, "330402");
        await().atMost(Duration.ofSeconds(20)).until(() -> List.of(yandu, dongtai, makerSpace, jiaxing).stream()
                .allMatch(id -> send("GET", "/api/evaluation/carriers/" + id
                        + "/eligibility?ruleSet=wenzhou-municipal-incubator", null,
                        TestTokens.token("PROVINCE_ADMIN", id.equals(jiaxing) ? "330000" : "320000"))
                        .statusCode() == 200));
    }

    private static void register(String id, CarrierKind kind, String region) {
        CarrierRegistered registered = new CarrierRegistered(id, kind, region, null, new CarrierProfile(id,
                new Operator("运营公司", "91350100M000100Y43"), null, BigDecimal.valueOf(6000),
                BigDecimal.valueOf(4000), null, null, null), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 1));
        EventType<?> type = EventCatalog.typeOf(registered);
        EventProbe.publish(Topics.REGISTRY_CARRIERS.name(), new EventEnvelope<>(UUID.randomUUID(), "hatchery/registry",
                type.name(), id, Instant.now(), type.dataschema(), region, 1, "registry", null, registered));
    }

    private HttpResponse<String> send(String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token);
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        return TestHttp.send(request.build());
    }

    private HttpResponse<String> open(String token, String region, int year, String scheme, String... carriers) {
        return send("POST", "/api/evaluation/cycles", JSON.writeValueAsString(Map.of("year", year,
                "schemeId", scheme, "region", region, "carriers", List.of(carriers))), token);
    }

    @Test
    void anOfficerCannotPutACarrierOfAnotherRegionIntoItsCycle() {
        HttpResponse<String> response = open(YANCHENG, "320900", 2024, "national-incubator-2019", yandu, jiaxing);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("carriers[1]");
        assertThat(error.get("message").asString()).contains("330402", "outside the cycle's region 320900");
        assertThat(send("GET", "/api/evaluation/cycles/320900-2024-national-incubator-2019", null, YANCHENG)
                .statusCode()).as("nothing stored").isEqualTo(404);
    }

    @Test
    void unknownCarriersAndKindsTheSchemeDoesNotEvaluateAreNamed() {
        HttpResponse<String> response = open(YANCHENG, "320900", 2023, "national-incubator-2019", "no-such-carrier",
                makerSpace, yandu);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        List<JsonNode> errors = JSON.readTree(response.body()).get("errors").valueStream().toList();
        assertThat(errors).extracting(error -> error.get("field").asString())
                .containsExactly("carriers[0]", "carriers[1]");
        assertThat(errors.get(1).get("message").asString()).contains("MAKER_SPACE", "INCUBATOR");
    }

    @Test
    void onlyOfficersOpenCycles() {
        for (String role : List.of("CARRIER_OPERATOR", "FUND_MANAGER", "TALENT_OFFICER", "AUDITOR", "ANALYST")) {
            String token = role.equals("CARRIER_OPERATOR") ? TestTokens.operatorToken(yandu, "320900")
                    : TestTokens.token(role, "320900");
            HttpResponse<String> response = open(token, "320900", 2022, "national-incubator-2019", yandu);
            assertThat(response.statusCode()).as(role + ": " + response.body()).isEqualTo(403);
        }
        assertThat(open(TestTokens.token("PROVINCE_ADMIN", "330000"), "320900", 2022, "national-incubator-2019",
                yandu).statusCode()).as("an administrator of another province").isEqualTo(403);
    }

    @Test
    void anOperatorSeesOnlyItsOwnCarrierOfACycle() {
        HttpResponse<String> opened = open(YANCHENG, "320900", 2021, "national-incubator-2019", yandu, dongtai);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String cycle = JSON.readTree(opened.body()).get("id").asString();
        String figures = "{\"figures\":{\"staff_service\":5,\"staff_total\":6}}";
        assertThat(send("PUT", "/api/evaluation/cycles/" + cycle + "/submissions/" + yandu, figures,
                TestTokens.operatorToken(yandu, "320900")).statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/api/evaluation/cycles/" + cycle + "/submissions/" + dongtai, figures,
                TestTokens.operatorToken(dongtai, "320900")).statusCode()).isEqualTo(200);

        JsonNode seen = JSON.readTree(send("GET", "/api/evaluation/cycles/" + cycle, null,
                TestTokens.operatorToken(yandu, "320900")).body());

        assertThat(seen.get("carriers").valueStream().map(JsonNode::asString).toList()).containsExactly(yandu);
        assertThat(seen.get("submissions").propertyNames()).containsExactly(yandu);
        assertThat(JSON.readTree(send("GET", "/api/evaluation/cycles/" + cycle, null, YANCHENG).body())
                .get("submissions").propertyNames()).containsExactlyInAnyOrder(yandu, dongtai);
        assertThat(send("GET", "/api/evaluation/cycles/" + cycle, null,
                TestTokens.operatorToken(makerSpace, "320900")).statusCode())
                .as("an operator whose carrier is not in the cycle").isEqualTo(403);
        assertThat(send("PUT", "/api/evaluation/cycles/" + cycle + "/submissions/" + dongtai, figures,
                TestTokens.operatorToken(yandu, "320900")).statusCode())
                .as("submitting for another carrier").isEqualTo(403);
    }

    @Test
    void aScoreWithoutPointsOrACommandSentAsMultipartIsA400NotA500() {
        HttpResponse<String> opened = open(YANCHENG, "320900", 2020, "municipal-2024", yandu);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String cycle = JSON.readTree(opened.body()).get("id").asString();

        HttpResponse<String> nullPoints = send("PUT", "/api/evaluation/cycles/" + cycle + "/scores/" + yandu,
                "{\"points\":{\"expert\":null}}", YANCHENG);
        HttpResponse<String> multipart = TestHttp.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/evaluation/cycles/" + cycle + "/vetoes/" + yandu))
                .header("Authorization", "Bearer " + YANCHENG).header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("{\"veto\":\"FALSE_DATA\"}")).build());

        assertThat(nullPoints.statusCode()).as(nullPoints.body()).isEqualTo(400);
        assertThat(nullPoints.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(nullPoints.body()).get("errors").get(0).get("field").asString())
                .startsWith("points");
        assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(400);
        assertThat(JSON.readTree(multipart.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("Content-Type");
        assertThat(JSON.readTree(send("GET", "/api/evaluation/cycles/" + cycle, null, YANCHENG).body())
                .get("vetoes").size()).as("nothing stored").isZero();
    }

    @Test
    void aRetryUnderTheSameIdempotencyKeyGetsTheFirstCycleAndADifferentRequestDoesNot() {
        String body = JSON.writeValueAsString(Map.of("year", 2019, "schemeId", "municipal-2024", "region", "320900",
                "carriers", List.of(yandu)));
        String other = JSON.writeValueAsString(Map.of("year", 2019, "schemeId", "municipal-2024", "region", "320900",
                "carriers", List.of(yandu, dongtai)));
        String key = "open-" + run;

        HttpResponse<String> first = withKey(body, key);
        HttpResponse<String> retry = withKey(body, key);
        HttpResponse<String> reused = withKey(other, key);
        HttpResponse<String> withoutKey = send("POST", "/api/evaluation/cycles", body, YANCHENG);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(JSON.readTree(retry.body())).isEqualTo(JSON.readTree(first.body()));
        assertThat(reused.statusCode()).as("the key with another request").isEqualTo(409);
        assertThat(withoutKey.statusCode()).as("the same cycle again without a key").isEqualTo(409);
    }

    private HttpResponse<String> withKey(String body, String key) {
        return TestHttp.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/evaluation/cycles"))
                .header("Authorization", "Bearer " + YANCHENG).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void cycleCommandsHonourIfMatch() {
        HttpResponse<String> opened = open(YANCHENG, "320900", 2018, "municipal-2024", yandu);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String cycle = JSON.readTree(opened.body()).get("id").asString();
        String etag = send("GET", "/api/evaluation/cycles/" + cycle, null, YANCHENG).headers()
                .firstValue("ETag").orElseThrow();

        HttpResponse<String> current = TestHttp.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/evaluation/cycles/" + cycle + "/vetoes/" + yandu))
                .header("Authorization", "Bearer " + YANCHENG).header("Content-Type", "application/json")
                .header("If-Match", etag).POST(HttpRequest.BodyPublishers.ofString("{\"veto\":\"FALSE_DATA\"}"))
                .build());
        HttpResponse<String> stale = TestHttp.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/evaluation/cycles/" + cycle + "/closing"))
                .header("Authorization", "Bearer " + YANCHENG).header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        assertThat(current.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));
        assertThat(stale.statusCode()).as("closing on the version before the veto").isEqualTo(409);
        assertThat(JSON.readTree(send("GET", "/api/evaluation/cycles/" + cycle, null, YANCHENG).body())
                .get("closed").asBoolean()).isFalse();
    }
}
