package io.hatchery.statistics.firms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.statistics.support.Events;
import io.hatchery.statistics.support.StatisticsApi;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestInfrastructure;
import io.hatchery.testing.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Changzhou's chain and one of its firms' profile, and who may read them. */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirmProfileApiTest {

    @LocalServerPort
    int port;

    private StatisticsApi admin;
    private String space;
    private String firm;

    @BeforeAll
    void changzhou() {
        admin = new StatisticsApi(port);
        Events events = new Events();
        space = events.carrier(CarrierKind.MAKER_SPACE, "320411", LocalDate.of(2019, 3, 1), null, null);
        String accelerator = events.carrier(CarrierKind.ACCELERATOR, "320411", LocalDate.of(2019, 3, 1), null, null);
        firm = events.firm(space, "320411", LocalDate.of(2021, 2, 1), LocalDate.of(2023, 5, 1));
        events.admit(firm, accelerator, "320411", LocalDate.of(2023, 6, 1));
        events.firm(space, "320411", LocalDate.of(2023, 3, 1), null);
        events.publish();
        await().atMost(Duration.ofSeconds(20)).until(() -> admin.get("/api/statistics/firms/" + firm + "/profile")
                .body().contains("320411") && admin.json("/api/statistics/regions/320400/chain?from=2021-01-01"
                        + "&to=2023-12-31").get("stages").get(0).get("entered").asLong() == 2);
    }

    private StatisticsApi as(String role, String region, String carrier) {
        return new StatisticsApi(port, TestInfrastructure.get().tokenIssuer().issue(role.toLowerCase() + "-test",
                List.of(role), region, carrier, null, Duration.ofHours(1)));
    }

    @Test
    void theProfileShowsTheFirmsChain() {
        JsonNode profile = admin.json("/api/statistics/firms/" + firm + "/profile");

        assertThat(profile.get("region").asString()).isEqualTo("320411");
        assertThat(profile.get("chain").valueStream().map(stay -> stay.get("stage").asString() + ":"
                + stay.get("outcome").asString())).containsExactly("PRE_INCUBATION:GRADUATED",
                "ACCELERATION:INCUBATING");
    }

    @Test
    void theChainCountsEachStagesFlows() {
        JsonNode chain = admin.json("/api/statistics/regions/320400/chain?from=2021-01-01&to=2023-12-31");

        JsonNode pre = chain.get("stages").get(0);
        assertThat(pre.get("stage").asString()).isEqualTo("PRE_INCUBATION");
        assertThat(pre.get("entered").asLong()).isEqualTo(2);
        assertThat(pre.get("graduated").asLong()).isEqualTo(1);
        assertThat(pre.get("movedOn").asLong()).isEqualTo(1);
        assertThat(pre.get("retained").asLong()).isEqualTo(1);
        assertThat(pre.get("left").asLong()).isZero();
        assertThat(pre.get("incubating").asLong()).isEqualTo(1);
        assertThat(chain.get("stages").get(2).get("entered").asLong()).isEqualTo(1);
    }

    @Test
    void anOperatorReadsTheFirmsItsCarrierIncubatedOnly() {
        assertThat(as("CARRIER_OPERATOR", "320411", space).get("/api/statistics/firms/" + firm + "/profile")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> other = as("CARRIER_OPERATOR", "320411", "another-carrier")
                .get("/api/statistics/firms/" + firm + "/profile");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("\"status\":403");
    }

    @Test
    void aCarriersRecordCountsItsFirmsOutcomesAndIsItsOperatorsOrTheRegions() {
        JsonNode record = admin.json("/api/statistics/carriers/" + space + "/record");

        assertThat(record.get("kind").asString()).isEqualTo("MAKER_SPACE");
        assertThat(record.get("firmsIncubating").asLong()).isEqualTo(1);
        assertThat(record.get("firmsGraduated").asLong()).isEqualTo(1);
        assertThat(record.get("firmsExited").asLong()).isZero();
        assertThat(record.get("ratings")).isEmpty();
        assertThat(as("CARRIER_OPERATOR", "320411", space).get("/api/statistics/carriers/" + space + "/record")
                .statusCode()).isEqualTo(200);
        assertThat(as("CARRIER_OPERATOR", "320411", "another-carrier").get("/api/statistics/carriers/" + space
                + "/record").statusCode()).isEqualTo(403);
        assertThat(as("CITY_OFFICER", "320500", null).get("/api/statistics/carriers/" + space + "/record")
                .statusCode()).isEqualTo(403);
        assertThat(admin.get("/api/statistics/carriers/carrier-nobody/record").statusCode()).isEqualTo(404);
    }

    @Test
    void refusals() {
        assertThat(as("CITY_OFFICER", "320500", null).get("/api/statistics/firms/" + firm + "/profile")
                .statusCode()).as("another city").isEqualTo(403);
        assertThat(as("ANALYST", "320400", null).get("/api/statistics/firms/" + firm + "/profile")
                .statusCode()).as("analysts read no register").isEqualTo(403);
        assertThat(admin.get("/api/statistics/firms/firm-nobody/profile").statusCode()).isEqualTo(404);
        assertThat(as("CITY_OFFICER", "320500", null).get("/api/statistics/regions/320400/chain").statusCode())
                .isEqualTo(403);
        assertThat(admin.get("/api/statistics/regions/329999/chain").statusCode()).isEqualTo(404);
        HttpResponse<String> backwards = admin.get("/api/statistics/regions/320400/chain?from=2024-01-01"
                + "&to=2023-01-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"field\":\"to\"");
        HttpResponse<String> blank = admin.get("/api/statistics/firms?q=%20");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("q");
    }

    @Test
    void aFirmIsFoundByPartOfItsNameWhereTheCallerMaySeeIt() {
        String part = firm.substring(5, 13);

        assertThat(as("CITY_OFFICER", "320400", null).json("/api/statistics/firms?q=" + part).valueStream()
                .map(match -> match.get("id").asString())).containsExactly(firm);
        assertThat(as("CITY_OFFICER", "320500", null).json("/api/statistics/firms?q=" + part)).isEmpty();
    }
}
