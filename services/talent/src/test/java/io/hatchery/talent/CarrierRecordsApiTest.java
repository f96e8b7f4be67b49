package io.hatchery.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.contracts.talent.ActivityHeld;
import io.hatchery.contracts.talent.OperatingTeamContracted;
import io.hatchery.contracts.talent.PlatformEstablished;
import io.hatchery.contracts.talent.StaffReported;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A carrier's service staff and activities through the API, reported by its operator or officers of its region. */
@ServiceIntegrationTest
class CarrierRecordsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String YANCHENG = "320900";
    private static final String YANDU = "320903";

    @LocalServerPort
    int port;

    private String carrier;
    private String operator;

    private static void publish(String topic, String subject, long version, DomainEvent data) {
        EventType<?> type = EventCatalog.typeOf(data);
        EventProbe.publish(topic, new EventEnvelope<>(UUID.randomUUID(), "hatchery/registry", type.name(), subject,
                Instant.now(), type.dataschema(), YANDU, version, "registry", null, data));
    }

    @BeforeEach
    void registryKnowsACarrier() {
        carrier = "carrier-" + UUID.randomUUID();
        operator = TestTokens.operatorToken(carrier, YANCHENG);
        publish(Topics.REGISTRY_CARRIERS.name(), carrier, 1, new CarrierRegistered(carrier, CarrierKind.MAKER_SPACE,
                YANDU, null, new CarrierProfile("记录众创空间", new Operator("记录运营有限公司", "91350100M000100Y43"),
                        null, BigDecimal.valueOf(900), BigDecimal.valueOf(700), null, null, null),
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> send("GET", "/carriers/" + carrier + "/staff", null,
                operator).statusCode() == 200);
    }

    private HttpResponse<String> send(String method, String path, String body, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/talent"
                + path)).header("Authorization", "Bearer " + token);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static List<String> fields(HttpResponse<String> response) {
        return json(response).get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    @Test
    void staffIsReportedByDateAndTheSameReportAgainChangesNothing() {
        String report = "{\"asOf\":\"2025-01-01\",\"fullTime\":5,\"partTime\":2,\"trained\":4}";
        try (EventProbe probe = EventProbe.fromBeginning(Topics.TALENT_STAFF.name())) {
            assertThat(send("POST", "/carriers/" + carrier + "/staff", report, operator).statusCode()).isEqualTo(200);
            StaffReported reported = (StaffReported) probe.awaitEvent(e -> e.data() instanceof StaffReported s
                    && s.carrierId().equals(carrier), Duration.ofSeconds(20)).data();
            assertThat(reported.fullTime()).isEqualTo(5);
        }
        assertThat(send("POST", "/carriers/" + carrier + "/staff", report, operator).statusCode()).isEqualTo(200);
        send("POST", "/carriers/" + carrier + "/staff", "{\"asOf\":\"2025-07-01\",\"fullTime\":6,\"partTime\":2,"
                + "\"trained\":6}", TestTokens.token("TALENT_OFFICER", YANCHENG));

        JsonNode record = json(send("GET", "/carriers/" + carrier + "/staff", null, operator));
        assertThat(record.get("reports").size()).isEqualTo(2);
        HttpResponse<String> bad = send("POST", "/carriers/" + carrier + "/staff",
                "{\"asOf\":\"2099-01-01\",\"fullTime\":-1,\"partTime\":0,\"trained\":3}", operator);
        assertThat(fields(bad)).containsExactlyInAnyOrder("fullTime", "trained", "asOf");
        assertThat(send("POST", "/carriers/" + carrier + "/staff", report,
                TestTokens.operatorToken("carrier-other", YANCHENG)).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/carriers/" + carrier + "/staff", report,
                TestTokens.token("CITY_OFFICER", "330300")).statusCode()).isEqualTo(403);
        assertThat(fields(send("GET", "/carriers/carrier-nobody/staff", null, operator)))
                .containsExactly("carrierId");
    }

    @Test
    void anActivityIsRecordedOnceAndListedForItsCarrier() {
        String body = """
                {"carrierId":"%s","kind":"ROADSHOW","title":"创投路演","heldOn":"2025-10-18","participants":120,
                 "firms":12}""".formatted(carrier);
        String key = "activity-" + UUID.randomUUID();
        String id;
        try (EventProbe probe = EventProbe.fromBeginning(Topics.TALENT_ACTIVITIES.name())) {
            HttpResponse<String> first = send("POST", "/activities", body, operator, "Idempotency-Key", key);
            HttpResponse<String> retried = send("POST", "/activities", body, operator, "Idempotency-Key", key);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            id = json(first).get("id").asString();
            assertThat(json(retried).get("id").asString()).isEqualTo(id);
            probe.awaitEvent(e -> e.data() instanceof ActivityHeld held && held.activityId().equals(id),
                    Duration.ofSeconds(20));
        }
        assertThat(json(send("GET", "/activities?carrierId=" + carrier, null, operator)).get("total").asLong())
                .isEqualTo(1);
        assertThat(send("GET", "/activities/" + id, null, TestTokens.token("AUDITOR", YANCHENG)).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/activities/activity-nobody", null, operator).statusCode()).isEqualTo(404);
        HttpResponse<String> future = send("POST", "/activities", body.replace("2025-10-18", "2099-01-01"), operator);
        assertThat(fields(future)).containsExactly("heldOn");
        assertThat(send("POST", "/activities", body, TestTokens.token("ANALYST", YANCHENG)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void anOperatingTeamIsContractedAndItsContractEndsOnce() {
        String body = """
                {"carrierId":"%s","teamUscc":"91350100M000100Y43","teamName":"专业运营管理有限公司","scope":"全面运营",
                 "from":"2025-01-01","until":"2027-12-31"}""".formatted(carrier);
        String officer = TestTokens.token("CITY_OFFICER", YANCHENG);
        String id;
        try (EventProbe probe = EventProbe.fromBeginning(Topics.TALENT_TEAMS.name())) {
            HttpResponse<String> contracted = send("POST", "/teams", body, officer);
            assertThat(contracted.statusCode()).as(contracted.body()).isEqualTo(201);
            id = json(contracted).get("id").asString();
            probe.awaitEvent(e -> e.data() instanceof OperatingTeamContracted c && c.contractId().equals(id),
                    Duration.ofSeconds(20));
        }
        assertThat(fields(send("POST", "/teams", body.replace("91350100M000100Y43", "91350100M000100Y44"),
                officer))).containsExactly("teamUscc");
        assertThat(fields(send("POST", "/teams", body.replace("2027-12-31", "2024-12-31"), officer)))
                .containsExactly("until");
        assertThat(json(send("GET", "/teams?carrierId=" + carrier, null, operator)).size()).isEqualTo(1);
        assertThat(send("POST", "/teams/" + id + "/end", "{\"endedOn\":\"2026-06-30\"}", officer, "If-Match",
                "\"9\"").statusCode()).as("a stale If-Match").isEqualTo(409);
        assertThat(send("POST", "/teams/" + id + "/end", "{\"endedOn\":\"2026-06-30\"}", officer).statusCode())
                .isEqualTo(200);
        HttpResponse<String> again = send("POST", "/teams/" + id + "/end", "{\"endedOn\":\"2026-07-30\"}",
                officer);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(json(again).get("rule").asString()).isEqualTo("contract-ended");
        assertThat(send("GET", "/teams/team-nobody", null, officer).statusCode()).isEqualTo(404);
    }

    @Test
    void aPlatformBelongsToACarrierOrAFirmAndClosesOnce() {
        String body = """
                {"name":"院士工作站","kind":"ACADEMICIAN_WORKSTATION","level":"PROVINCIAL","carrierId":"%s",
                 "establishedOn":"2024-09-01"}""".formatted(carrier);
        String id;
        try (EventProbe probe = EventProbe.fromBeginning(Topics.TALENT_PLATFORMS.name())) {
            HttpResponse<String> established = send("POST", "/platforms", body, operator);
            assertThat(established.statusCode()).as(established.body()).isEqualTo(201);
            id = json(established).get("id").asString();
            PlatformEstablished event = (PlatformEstablished) probe.awaitEvent(e -> e.data()
                    instanceof PlatformEstablished p && p.platformId().equals(id), Duration.ofSeconds(20)).data();
            assertThat(event.region()).isEqualTo(YANDU);
        }
        assertThat(fields(send("POST", "/platforms", """
                {"name":"两头","kind":"KEY_LABORATORY","level":"MUNICIPAL","carrierId":"%s","firmId":"firm-1",
                 "establishedOn":"2024-09-01"}""".formatted(carrier), operator))).containsExactly("carrierId");
        assertThat(send("POST", "/platforms/" + id + "/closing", "{\"closedOn\":\"2024-01-01\"}", operator)
                .statusCode()).as("before it was established").isEqualTo(422);
        assertThat(send("POST", "/platforms/" + id + "/closing", "{\"closedOn\":\"2025-09-01\"}", operator)
                .statusCode()).isEqualTo(200);
        assertThat(json(send("GET", "/platforms/" + id, null, operator)).get("closedOn").asString())
                .isEqualTo("2025-09-01");
        assertThat(send("GET", "/platforms/" + id, null, TestTokens.operatorToken("carrier-other", YANCHENG))
                .statusCode()).isEqualTo(403);
    }
}
