package io.hatchery.evaluation.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.evaluation.PlanPublished;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestHttp;
import io.hatchery.testing.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plans: the five published plans import from their file, revisions supersede, invalid targets are named. */
@ServiceIntegrationTest
@TestPropertySource(properties = {"hatchery.regions.zones[0].id=320900-yannan",
        "hatchery.regions.zones[0].name=盐南高新区", "hatchery.regions.zones[0].parent=320900"})
class PlanApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = TestTokens.token("PROVINCE_ADMIN", "320000");

    @LocalServerPort
    int port;

    private HttpResponse<String> send(String method, String path, String contentType, String body, String token) {
        return TestHttp.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String planFile() throws IOException {
        try (InputStream in = PlanApiTest.class.getResourceAsStream("/io/hatchery/contracts/plans/action-plans.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<JsonNode> importPlans(String yaml, String token) {
        HttpResponse<String> response = send("POST", "/api/evaluation/plans/imports", "application/yaml", yaml, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().toList();
    }

    /** The file imported by each province's administrator in turn; each takes its own province's plans only. */
    private Map<String, JsonNode> importByEachProvince(String yaml) {
        Map<String, JsonNode> taken = new TreeMap<>();
        for (String province : List.of("320000", "330000", "370000")) {
            for (JsonNode result : importPlans(yaml, TestTokens.token("PROVINCE_ADMIN", province))) {
                if (!result.get("outcome").asString().equals("REFUSED")) {
                    assertThat(taken.put(result.get("planId").asString(), result)).as("taken once").isNull();
                }
            }
        }
        return taken;
    }

    @Test
    void theFivePublishedPlansImportOnceAndARevisionSupersedes() throws IOException {
        String file = planFile();

        List<JsonNode> byJiangsu = importPlans(file, ADMIN);
        Map<String, JsonNode> first = importByEachProvince(file);
        Map<String, JsonNode> again = importByEachProvince(file);
        Map<String, JsonNode> revised = importByEachProvince(
                file.replace("values: {\"370323\": 30}", "values: {\"370323\": 40}"));

        assertThat(byJiangsu).filteredOn(result -> result.get("outcome").asString().equals("REFUSED"))
                .extracting(result -> result.get("planId").asString()).as("outside Jiangsu's administrator's province")
                .containsExactly("tongxiang-2018-2020", "ruian-2022-2024", "shaoxing-maker-spaces-2020",
                        "yiyuan-2021-2025");
        assertThat(first.keySet()).containsExactly("ruian-2022-2024", "shaoxing-maker-spaces-2020",
                "tongxiang-2018-2020", "yancheng-2023-2025", "yiyuan-2021-2025");
        assertThat(first.values()).allSatisfy(result -> {
            assertThat(result.get("outcome").asString()).as(result.get("planId").asString())
                    .isEqualTo(result.get("planId").asString().equals("yancheng-2023-2025") ? "UNCHANGED"
                            : "PUBLISHED");
            assertThat(result.get("revision").asInt()).isEqualTo(1);
        });
        assertThat(byJiangsu).filteredOn(result -> result.get("planId").asString().equals("yancheng-2023-2025"))
                .singleElement().satisfies(result -> assertThat(result.get("outcome").asString())
                        .isEqualTo("PUBLISHED"));
        assertThat(again.values()).allSatisfy(result -> assertThat(result.get("outcome").asString())
                .isEqualTo("UNCHANGED"));
        assertThat(revised.values()).filteredOn(result -> result.get("planId").asString().equals("yiyuan-2021-2025"))
                .singleElement().satisfies(result -> {
                    assertThat(result.get("outcome").asString()).isEqualTo("PUBLISHED");
                    assertThat(result.get("revision").asInt()).isEqualTo(2);
                });
        try (EventProbe probe = EventProbe.fromBeginning(Topics.EVALUATION_PLANS.name())) {
            EventEnvelope<?> published = probe.awaitEvent(event -> event.data() instanceof PlanPublished plan
                    && plan.planId().equals("yiyuan-2021-2025") && plan.revision() == 2, Duration.ofSeconds(20));
            PlanPublished plan = (PlanPublished) published.data();
            assertThat(plan.targets()).filteredOn(target -> target.indicator().equals("talents.count"))
                    .singleElement().satisfies(target -> assertThat(target.values().get("370323"))
                            .isEqualByComparingTo("40"));
            assertThat(published.region()).isEqualTo("370323");
        }
        JsonNode yancheng = JSON.readTree(send("GET", "/api/evaluation/plans/yancheng-2023-2025", "application/json",
                "", ADMIN).body());
        assertThat(yancheng.get("targets").size()).isEqualTo(14);
        assertThat(yancheng.get("targets").get(0).get("values").has("320900-yannan")).isTrue();
    }

    @Test
    void invalidTargetsAreRefusedNamingTheTarget() {
        HttpResponse<String> refused = send("POST", "/api/evaluation/plans", "application/json", """
                {"id": "bad-plan-2024", "plan": {"title": "坏计划", "region": "320900",
                 "periodFrom": "2024-01-01", "periodTo": "2026-12-31", "targets": [
                   {"targetId": "t1", "indicator": "unicorns.count", "measure": "STOCK", "at": "2026-12-31",
                    "values": {"320900": 3}},
                   {"targetId": "t2", "indicator": "carriers.count", "measure": "STOCK", "at": "2026-12-31",
                    "values": {"330483": 3}},
                   {"targetId": "t3", "indicator": "firms.admitted", "measure": "NEW",
                    "windowFrom": "2023-01-01", "windowTo": "2024-12-31", "values": {"320902": 50}}]}}""", ADMIN);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .containsExactlyInAnyOrder("plan.targets[0].indicator", "plan.targets[1].values.330483",
                        "plan.targets[2].window");
        assertThat(send("GET", "/api/evaluation/plans/bad-plan-2024", "application/json", "", ADMIN).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDraftIsPublishedOnlyWhenAskedAndACityOfficerStaysInItsCity() {
        String body = """
                {"id": "yancheng-incubators-2026", "plan": {"title": "盐城孵化器提升计划", "region": "320900",
                 "periodFrom": "2026-01-01", "periodTo": "2027-12-31", "targets": [
                   {"targetId": "t1", "indicator": "carriers.count", "filter": {"kind": ["INCUBATOR"]},
                    "measure": "STOCK", "at": "2027-12-31", "values": {"320900": 120, "320900-yannan": 10}}]}}""";
        String officer = TestTokens.token("CITY_OFFICER", "320900");

        HttpResponse<String> drafted = send("POST", "/api/evaluation/plans", "application/json", body, officer);
        HttpResponse<String> published = send("POST", "/api/evaluation/plans/yancheng-incubators-2026/publication",
                "application/json", "", officer);
        HttpResponse<String> elsewhere = send("POST", "/api/evaluation/plans", "application/json",
                body.replace("yancheng-incubators-2026", "tongxiang-x").replace("\"320900\"", "\"330483\"")
                        .replace("\"320900-yannan\": 10", "\"330483\": 1"), officer);

        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        assertThat(JSON.readTree(drafted.body()).get("draft").asBoolean()).isTrue();
        assertThat(JSON.readTree(drafted.body()).get("revision").asInt()).isZero();
        assertThat(JSON.readTree(published.body()).get("revision").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(published.body()).get("draft").asBoolean()).isFalse();
        assertThat(elsewhere.statusCode()).isEqualTo(403);
    }

    @Test
    void aTargetWithoutAnIndicatorIsNamedNotA500() {
        HttpResponse<String> refused = send("POST", "/api/evaluation/plans", "application/json", """
                {"id": "no-indicator-2026", "plan": {"title": "无指标计划", "region": "320900",
                 "periodFrom": "2026-01-01", "periodTo": "2027-12-31", "targets": [
                   {"targetId": "t1", "indicator": null, "measure": "STOCK", "at": "2027-12-31",
                    "values": {"320900": 3}}]}}""", ADMIN);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("plan.targets[0].indicator");
    }

    @Test
    void aDateThatIsNoCalendarDayIsNamedNotA500() throws IOException {
        String file = planFile().replace("from: 2023-01-01", "from: 2024-02-30");
        assertThat(file).contains("from: 2024-02-30");

        HttpResponse<String> response = send("POST", "/api/evaluation/plans/imports", "application/yaml", file,
                ADMIN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("plans[3]");
        assertThat(error.get("message").asString()).contains("plans[3].from is not a calendar date", "2024-02-30");
    }

    @Test
    void aRetryUnderTheSameIdempotencyKeyGetsTheFirstDraft() {
        String body = """
                {"id": "yancheng-retry-2026", "plan": {"title": "盐城重试计划", "region": "320900",
                 "periodFrom": "2026-01-01", "periodTo": "2027-12-31", "targets": [
                   {"targetId": "t1", "indicator": "carriers.count", "measure": "STOCK", "at": "2027-12-31",
                    "values": {"320900": 100}}]}}""";

        HttpResponse<String> first = withKey(body, "draft-1");
        HttpResponse<String> retry = withKey(body, "draft-1");
        HttpResponse<String> reused = withKey(body.replace("100", "200"), "draft-1");
        HttpResponse<String> withoutKey = send("POST", "/api/evaluation/plans", "application/json", body, ADMIN);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(JSON.readTree(retry.body())).isEqualTo(JSON.readTree(first.body()));
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(withoutKey.statusCode()).isEqualTo(409);
    }

    private HttpResponse<String> withKey(String body, String key) {
        return TestHttp.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/evaluation/plans"))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
