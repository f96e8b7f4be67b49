package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.identity.Uscc;
import io.hatchery.testing.TestInfrastructure;
import io.hatchery.testing.TestTokens;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Money across services: investments recorded in fund-matching reach the registry through the broker, and two of
 * RMB 3 m make an incubated firm eligible to graduate (cumulative angel or venture investment above RMB 5 m).
 */
class FundingEndToEndTest {

    private static final String CITY = "320900";
    private static final String COUNTY = "320903";

    private static ServicesUnderTest services;

    @BeforeAll
    static void start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        services = new ServicesUnderTest(infrastructure.kafkaBootstrapServers(),
                infrastructure.mongoConnectionString(), infrastructure.publicKeyFile())
                .startWithGateway("registry", "fund-matching");
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    private static JsonNode created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    private static String gateway(String path) {
        return services.gatewayUrl() + path;
    }

    @Test
    void twoInvestmentsOfThreeMillionMakeTheFirmEligibleToGraduate() {
        String officer = TestTokens.token("CITY_OFFICER", CITY);
        String suffix = String.format(Locale.ROOT, "%07d", System.nanoTime() / 1000 % 10_000_000);
        String carrier = created(Http.postJson(gateway("/api/registry/carriers"), officer, """
                {"name":"资金孵化器%s","kind":"INCUBATOR","region":"%s",
                 "operator":{"name":"资金运营有限公司","uscc":"91350100M000100Y43"},
                 "establishedOn":"2019-01-01","totalArea":6000,"incubationArea":4000}""".formatted(suffix, COUNTY),
                Map.of())).get("id").asString();
        String firm = created(Http.postJson(gateway("/api/registry/firms"), officer, """
                {"uscc":"%s","name":"资金科技有限公司%s","foundedOn":"2024-01-01","region":"%s"}"""
                .formatted(Uscc.complete("91320903MA" + suffix), suffix, COUNTY), Map.of())).get("id").asString();
        created(Http.postJson(gateway("/api/registry/firms/" + firm + "/admission"), officer,
                "{\"carrierId\":\"%s\",\"admittedOn\":\"2024-03-01\"}".formatted(carrier), Map.of()));
        String investor = created(Http.postJson(gateway("/api/fund-matching/investors"), officer, """
                {"uscc":"%s","name":"资金天使投资有限公司","kind":"ANGEL_ORGANISATION","region":"%s"}"""
                .formatted(Uscc.complete("91320900MA" + suffix), CITY), Map.of())).get("id").asString();
        String manager = TestTokens.fundManagerToken(investor, CITY);
        String fund = created(Http.postJson(gateway("/api/fund-matching/funds"), manager, """
                {"name":"资金天使基金","kind":"ANGEL","managerId":"%s","committedRmb":50000000,
                 "establishedOn":"2024-01-01","region":"%s"}""".formatted(investor, CITY), Map.of()))
                .get("id").asString();

        for (String date : new String[] {"2025-03-01", "2025-09-01"}) {
            await().atMost(Duration.ofSeconds(30)).until(() -> Http.postJson(gateway("/api/fund-matching/funds/"
                    + fund + "/investments"), manager, """
                    {"firmId":"%s","amountRmb":3000000,"round":"ANGEL","investedOn":"%s"}""".formatted(firm, date),
                    Map.of("Idempotency-Key", "e2e-" + fund + "-" + date)).status() == 201);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode registered = Http.get(gateway("/api/registry/firms/" + firm), officer).json();
            assertThat(registered.get("cumulativeInvestmentRmb").decimalValue()).isEqualByComparingTo("6000000");
            assertThat(registered.get("eligibleForGraduation").asBoolean()).isTrue();
        });
        JsonNode position = Http.get(gateway("/api/fund-matching/funds/" + fund), manager).json();
        assertThat(position.get("investedRmb").decimalValue()).isEqualByComparingTo("6000000");
        assertThat(position.get("investments").asInt()).isEqualTo(2);
    }
}
