package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.identity.Uscc;
import io.hatchery.testing.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Money across services, through the real broker: investments recorded in fund-matching reach the registry (two of
 * RMB 3 m make an incubated firm eligible to graduate), the statistics (fund and investment figures, Rui'an's fund
 * targets) and the evaluation (a carrier's financing criteria, computed and as submitted).
 */
@Order(SharedPlatform.ORDER)
class FundingEndToEndTest {

    private static final String CITY = "320900";
    private static final String COUNTY = "320903";
    private static final String RUIAN = "330381";
    private static final String WENZHOU = "330300";

    private static ServicesUnderTest services;

    private final String suffix = String.format(Locale.ROOT, "%07d", System.nanoTime() / 1000 % 10_000_000);

    @BeforeAll
    static void start() {
        services = SharedPlatform.get();
    }

    private static JsonNode created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    private static String gateway(String path) {
        return services.gatewayUrl() + path;
    }

    /**
     * A command retried (with its Idempotency-Key) until the service knows what it refers to, as clients do; a
     * service started late in a long test run first reads what the others published before.
     */
    private static JsonNode eventually(String path, String token, String body, String key) {
        Supplier<Http.Response> send = () -> Http.postJson(gateway(path), token, body, Map.of("Idempotency-Key", key));
        await().atMost(Duration.ofMinutes(3)).until(() -> send.get().status() < 300);
        return created(send.get());
    }

    private static BigDecimal figure(String region, String indicator, String query, String token) {
        Http.Response response = Http.get(gateway("/api/statistics/regions/" + region + "/indicators/" + indicator
                + "?" + query), token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode value = response.json().get("value");
        return value == null || value.isNull() ? null : value.decimalValue();
    }

    private String investor(String kind, String region, String token) {
        return created(Http.postJson(gateway("/api/fund-matching/investors"), token, """
                {"uscc":"%s","name":"资金投资有限公司%s","kind":"%s","region":"%s"}"""
                .formatted(Uscc.complete("91" + region + "MA" + suffix), suffix, kind, region), Map.of()))
                .get("id").asString();
    }

    @Test
    void investmentsReachTheRegistryTheStatisticsAndTheEvaluation() {
        String officer = TestTokens.token("CITY_OFFICER", CITY);
        String carrier = created(Http.postJson(gateway("/api/registry/carriers"), officer, """
                {"name":"资金孵化器%s","kind":"INCUBATOR","region":"%s",
                 "operator":{"name":"资金运营有限公司","uscc":"91350100M000100Y43"},
                 "establishedOn":"2019-01-01","totalArea":12000,"incubationArea":9000}""".formatted(suffix, COUNTY),
                Map.of())).get("id").asString();
        String firm = created(Http.postJson(gateway("/api/registry/firms"), officer, """
                {"uscc":"%s","name":"资金科技有限公司%s","foundedOn":"2024-01-01","region":"%s"}"""
                .formatted(Uscc.complete("91320903MA" + suffix), suffix, COUNTY), Map.of())).get("id").asString();
        created(Http.postJson(gateway("/api/registry/firms/" + firm + "/admission"), officer,
                "{\"carrierId\":\"%s\",\"admittedOn\":\"2024-03-01\"}".formatted(carrier), Map.of()));
        String investor = investor("ANGEL_ORGANISATION", CITY, officer);
        String manager = TestTokens.fundManagerToken(investor, CITY);
        String today = LocalDate.now().toString();
        PlatformSteps.statisticsCaughtUp(services.gatewayUrl());
        BigDecimal fundsBefore = figure(COUNTY, "funds.count", "at=" + today + "&carrierLink=INSIDE", officer);
        BigDecimal sizeBefore = figure(COUNTY, "funds.size", "at=" + today + "&type=ANGEL", officer);
        BigDecimal investedBefore = figure(COUNTY, "investments.amount", "from=2025-01-01&to=2025-12-31", officer);
        String fund = eventually("/api/fund-matching/funds", manager, """
                {"name":"资金天使基金","kind":"ANGEL","managerId":"%s","committedRmb":6000000,
                 "establishedOn":"2024-01-01","region":"%s","carrierId":"%s","carrierLink":"INSIDE"}"""
                .formatted(investor, COUNTY, carrier), "fund-" + suffix).get("id").asString();

        for (String date : new String[] {"2025-03-01", "2025-09-01"}) {
            eventually("/api/fund-matching/funds/" + fund + "/investments", manager, """
                    {"firmId":"%s","amountRmb":3000000,"round":"ANGEL","investedOn":"%s"}""".formatted(firm, date),
                    "e2e-" + fund + "-" + date);
        }

        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            JsonNode registered = Http.get(gateway("/api/registry/firms/" + firm), officer).json();
            assertThat(registered.get("cumulativeInvestmentRmb").decimalValue()).isEqualByComparingTo("6000000");
            assertThat(registered.get("eligibleForGraduation").asBoolean()).isTrue();
        });
        JsonNode position = Http.get(gateway("/api/fund-matching/funds/" + fund), manager).json();
        assertThat(position.get("investedRmb").decimalValue()).isEqualByComparingTo("6000000");
        assertThat(position.get("investments").asInt()).isEqualTo(2);
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            assertThat(figure(COUNTY, "funds.count", "at=" + today + "&carrierLink=INSIDE", officer))
                    .isEqualByComparingTo(fundsBefore.add(BigDecimal.ONE));
            assertThat(figure(COUNTY, "funds.size", "at=" + today + "&type=ANGEL", officer))
                    .isEqualByComparingTo(sizeBefore.add(BigDecimal.valueOf(6_000_000)));
            assertThat(figure(COUNTY, "investments.amount", "from=2025-01-01&to=2025-12-31", officer))
                    .isEqualByComparingTo(investedBefore.add(BigDecimal.valueOf(6_000_000)));
        });

        financingCriteriaAreComputedAndASubmissionPrevails(carrier, officer);
    }

    private static JsonNode criterion(String carrier, String id, String token) {
        Http.Response report = Http.get(gateway("/api/evaluation/carriers/" + carrier
                + "/eligibility?ruleSet=national-incubator-comprehensive-2018&year=2025"), token);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json().get("criteria").valueStream().filter(check -> check.get("id").asString().equals(id))
                .findFirst().orElseThrow();
    }

    private static void financingCriteriaAreComputedAndASubmissionPrevails(String carrier, String officer) {
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            JsonNode fund = criterion(carrier, "fund", officer);
            assertThat(fund.get("actual").decimalValue()).as("RMB 6 m inside the carrier, in 千元")
                    .isEqualByComparingTo("6000");
            assertThat(fund.get("status").asString()).isEqualTo("PASS");
            assertThat(criterion(carrier, "fund_uses", officer).get("actual").decimalValue())
                    .isEqualByComparingTo("2");
            assertThat(criterion(carrier, "financed", officer).get("actual").decimalValue())
                    .as("its one firm, financed in 2025").isEqualByComparingTo("100");
        });
        assertThat(criterion(carrier, "fund", officer).get("source").asString()).isEqualTo("platform 2025");

        String cycle = created(Http.postJson(gateway("/api/evaluation/cycles"), officer, """
                {"year":2025,"schemeId":"national-incubator-2019","region":"%s","carriers":["%s"]}"""
                .formatted(CITY, carrier), Map.of())).get("id").asString();
        Http.Response submitted = Http.send(gateway("/api/evaluation/cycles/" + cycle + "/submissions/" + carrier),
                "PUT", TestTokens.operatorToken(carrier, CITY), "{\"figures\":{\"incubation_fund\":3000}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

        JsonNode fund = criterion(carrier, "fund", officer);
        assertThat(fund.get("actual").decimalValue()).isEqualByComparingTo("3000");
        assertThat(fund.get("source").asString()).startsWith("annual submission");
        assertThat(fund.get("status").asString()).isEqualTo("FAIL");
    }

    private static JsonNode fundsEstablishedIn2022(String token) {
        Http.Response progress = Http.get(gateway("/api/statistics/plans/ruian-2022-2024/progress"), token);
        if (progress.status() != 200) {
            return null;
        }
        return progress.json().get("rows").valueStream().filter(row -> row.get("indicator").asString()
                .equals("funds.established") && row.get("to").asString().equals("2022-12-31")).findFirst()
                .orElse(null);
    }

    @Test
    void ruiansFundTargetsShowProgress() {
        String admin = TestTokens.token("PROVINCE_ADMIN", "330000");
        JsonNode imported = PlatformSteps.importActionPlans(services.gatewayUrl(), admin);
        assertThat(imported.valueStream().filter(result -> result.get("planId").asString()
                .equals("ruian-2022-2024")).findFirst().orElseThrow().get("outcome").asString())
                .isIn("PUBLISHED", "UNCHANGED");
        await().atMost(Duration.ofMinutes(3)).until(() -> fundsEstablishedIn2022(admin) != null);
        PlatformSteps.statisticsCaughtUp(services.gatewayUrl());
        BigDecimal before = fundsEstablishedIn2022(admin).get("actual").decimalValue();

        String officer = TestTokens.token("CITY_OFFICER", WENZHOU);
        String investor = investor("GOVERNMENT_FUND_MANAGER", RUIAN, officer);
        created(Http.postJson(gateway("/api/fund-matching/funds"), officer, """
                {"name":"瑞安市科创引导基金%s","kind":"GOVERNMENT_GUIDANCE","managerId":"%s","committedRmb":100000000,
                 "establishedOn":"2022-05-01","region":"%s"}""".formatted(suffix, investor, RUIAN), Map.of()));

        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            JsonNode row = fundsEstablishedIn2022(admin);
            assertThat(row.get("actual").decimalValue()).isEqualByComparingTo(before.add(BigDecimal.ONE));
            assertThat(row.get("status").asString()).isEqualTo(row.get("actual").decimalValue()
                    .compareTo(BigDecimal.valueOf(4)) >= 0 ? "MET" : "MISSED");
        });
    }
}
