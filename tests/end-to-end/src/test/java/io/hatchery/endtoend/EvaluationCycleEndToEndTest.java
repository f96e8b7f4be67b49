package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.identity.Uscc;
import io.hatchery.testing.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A yearly evaluation across the services: carriers registered and filled with firms in the registry, evaluated
 * under the municipal scheme (ranks, bands with the top-percentile rule, a veto, a non-submitter), then a second
 * year: the second consecutive FAIL delists the carrier in the registry and the statistics count drops.
 */
@Order(SharedPlatform.ORDER)
class EvaluationCycleEndToEndTest {

    private static final String REGION = "330602";
    private static final String ADMIN = TestTokens.token("PROVINCE_ADMIN", "330000");
    private static ServicesUnderTest services;

    @BeforeAll
    static void startPlatform() {
        services = SharedPlatform.get();
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    private static JsonNode post(String path, String body) {
        return ok(Http.postJson(services.gatewayUrl() + path, ADMIN, body, Map.of()));
    }

    private static JsonNode put(String path, String body) {
        return ok(Http.send(services.gatewayUrl() + path, "PUT", ADMIN, body));
    }

    private static JsonNode get(String path) {
        return ok(Http.get(services.gatewayUrl() + path, ADMIN));
    }

    private static long carriersCounted() {
        return get("/api/statistics/regions/" + REGION + "/indicators/carriers.count").get("value").asLong();
    }

    @Test
    void twoYearsOfEvaluationDelistASecondTimeFailureEverywhere() {
        List<String> carriers = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            String id = post("/api/registry/carriers", """
                    {"name": "越城孵化器%d", "kind": "INCUBATOR", "region": "%s",
                     "operator": {"name": "运营公司", "uscc": "91350100M000100Y43"},
                     "establishedOn": "2019-01-01", "totalArea": 6000, "incubationArea": 4000}""".formatted(c, REGION))
                    .get("id").asString();
            post("/api/registry/carriers/" + id + "/certifications",
                    "{\"level\":\"MUNICIPAL\",\"authority\":\"绍兴市科技局\",\"effectiveDate\":\"2020-06-01\"}");
            for (int f = 0; f < firmsOf(c); f++) {
                String firm = post("/api/registry/firms", """
                        {"uscc":"%s","name":"越城%d号%d科技有限公司","foundedOn":"2023-10-01","region":"%s"}"""
                        .formatted(Uscc.complete("91330602MA2C%02d%03d".formatted(c, f)), c, f, REGION))
                        .get("id").asString();
                post("/api/registry/firms/" + firm + "/admission",
                        "{\"carrierId\":\"%s\",\"admittedOn\":\"2024-0%d-01\"}".formatted(id, 1 + f % 9));
            }
            carriers.add(id);
        }
        for (String carrier : carriers) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                JsonNode check = get("/api/evaluation/carriers/" + carrier
                        + "/eligibility?ruleSet=wenzhou-municipal-incubator&year=2024");
                assertThat(check.get("criteria").get(2).get("actual").asInt())
                        .isEqualTo(firmsOf(carriers.indexOf(carrier)));
            });
        }
        // the baseline once the statistics have counted the six carriers (they lag the evaluation, which was awaited)
        PlatformSteps.statisticsCaughtUp(services.gatewayUrl());
        long countedBefore = carriersCounted();
        String nonSubmitter = carriers.get(5);
        String vetoed = carriers.get(4);

        JsonNode first = evaluate(2024, carriers, nonSubmitter, vetoed);

        JsonNode results = first.get("results");
        assertThat(results.get(carriers.get(0)).get("rank").asInt()).isEqualTo(1);
        assertThat(results.get(carriers.get(0)).get("rating").asString()).isEqualTo("EXCELLENT");
        assertThat(results.get(carriers.get(1)).get("score").decimalValue()).isGreaterThanOrEqualTo(
                new BigDecimal("85"));
        assertThat(results.get(carriers.get(1)).get("rating").asString())
                .as("85 points but outside the top 15 %").isEqualTo("GOOD");
        assertThat(results.get(vetoed).get("rating").asString()).isEqualTo("FAIL");
        assertThat(results.get(vetoed).get("reason").asString()).contains("MAJOR_SAFETY_ACCIDENT");
        assertThat(results.get(nonSubmitter).get("rating").asString()).isEqualTo("FAIL");
        assertThat(results.get(nonSubmitter).get("reason").asString()).isEqualTo("no submission");
        assertThat(results.get(nonSubmitter).get("outcome").asString()).isEqualTo("DOWNGRADE");
        JsonNode explained = get("/api/evaluation/cycles/" + first.get("id").asString() + "/results/"
                + carriers.get(0));
        assertThat(explained.get("lines").valueStream().filter(line -> line.get("indicator").asString()
                .equals("firms_admitted")).findFirst().orElseThrow().get("value").asInt()).isEqualTo(firmsOf(0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get("/api/registry/carriers/"
                + nonSubmitter).get("level").isNull()).as("downgraded from municipal to none").isTrue());

        JsonNode second = evaluate(2025, carriers, nonSubmitter, null);

        assertThat(second.get("results").get(nonSubmitter).get("outcome").asString()).isEqualTo("DELIST");
        long delisted = carriers.stream().filter(carrier -> second.get("results").get(carrier).get("outcome")
                .asString().equals("DELIST")).count();
        assertThat(carriers.stream().filter(carrier -> second.get("results").get(carrier).get("outcome")
                .asString().equals("DELIST")).allMatch(carrier -> results.get(carrier).get("rating").asString()
                .equals("FAIL"))).as("only carriers that failed the year before are delisted").isTrue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get("/api/registry/carriers/"
                + nonSubmitter).get("status").asString()).isEqualTo("DELISTED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(carriersCounted()).isEqualTo(countedBefore - delisted));
        assertThat(get("/api/statistics/regions/" + REGION + "/indicators/evaluations.count?from=2026-01-01&to="
                + LocalDate.now()).get("value").asInt()).isGreaterThanOrEqualTo(12);
    }

    /** The strongest carrier has 20 firms, each next one two fewer: scores fall with the index. */
    private static int firmsOf(int carrier) {
        return 20 - 2 * carrier;
    }

    /** Opens a cycle, has every carrier but the non-submitter submit, scores them, vetoes one, closes it. */
    private static JsonNode evaluate(int year, List<String> carriers, String nonSubmitter, String vetoed) {
        StringBuilder ids = new StringBuilder();
        carriers.forEach(carrier -> ids.append(ids.isEmpty() ? "" : ",").append('"').append(carrier).append('"'));
        String cycle = post("/api/evaluation/cycles", """
                {"year": %d, "schemeId": "municipal-2024", "region": "%s", "carriers": [%s]}"""
                .formatted(year, REGION, ids)).get("id").asString();
        for (int c = 0; c < carriers.size(); c++) {
            String carrier = carriers.get(c);
            if (carrier.equals(nonSubmitter)) {
                continue;
            }
            put("/api/evaluation/cycles/" + cycle + "/submissions/" + carrier, """
                    {"figures": {"staff_total": 8, "staff_service": %d, "mentors": %d, "events": 12,
                     "incubation_fund": 1000, "firms_count": 8, "firms_employees": 60}}"""
                    .formatted(c <= 1 ? 5 : 5 - c, c <= 1 ? 10 : 10 - c));
            post("/api/evaluation/cycles/" + cycle + "/submissions/" + carrier + "/review", "{\"accept\": true}");
            put("/api/evaluation/cycles/" + cycle + "/scores/" + carrier,
                    "{\"points\": {\"local\": %d, \"expert\": %d}}".formatted(15 - c, 15 - c));
        }
        if (vetoed != null) {
            post("/api/evaluation/cycles/" + cycle + "/vetoes/" + vetoed, "{\"veto\": \"MAJOR_SAFETY_ACCIDENT\"}");
        }
        return post("/api/evaluation/cycles/" + cycle + "/closing", "");
    }
}
