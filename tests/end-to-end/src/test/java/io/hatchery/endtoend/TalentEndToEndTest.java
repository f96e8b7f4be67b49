package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.bench.fixtures.PlatformFixtures;
import io.hatchery.testing.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * People and carriers' talent records across services, through the real broker: Tongxiang's programme targets,
 * Yiyuan's register and Rui'an's operating-team targets in plan progress; a carrier's mentors, staff and activities
 * in its eligibility report.
 */
@Order(SharedPlatform.ORDER)
class TalentEndToEndTest {

    private static final String TONGXIANG = "330483";
    private static final String JIAXING = "330400";
    private static final String RUIAN = "330381";
    private static final String WENZHOU = "330300";
    private static final String YIYUAN = "370323";
    private static final String SHANDONG = "370000";

    private static ServicesUnderTest services;

    private final String suffix = String.format(Locale.ROOT, "%07d", System.nanoTime() / 1000 % 10_000_000);

    @BeforeAll
    static void start() {
        services = SharedPlatform.get();
        PlatformSteps.importActionPlans(services.gatewayUrl(), TestTokens.token("PROVINCE_ADMIN", "330000"));
    }

    private static String gateway(String path) {
        return services.gatewayUrl() + path;
    }

    private static JsonNode created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    /** A row of a Zhejiang plan's progress. */
    private static JsonNode row(String plan, String indicator, String filterValue) {
        return row("330000", plan, indicator, filterValue);
    }

    /** A row of the progress of a plan of the province, as its administrator reads it. */
    private static JsonNode row(String province, String plan, String indicator, String filterValue) {
        Http.Response progress = Http.get(gateway("/api/statistics/plans/" + plan + "/progress"),
                TestTokens.token("PROVINCE_ADMIN", province));
        if (progress.status() != 200) {
            return null;
        }
        return progress.json().get("rows").valueStream().filter(row -> row.get("indicator").asString()
                .equals(indicator) && (filterValue == null || row.get("filter").toString().contains(filterValue))
                && (row.get("to").isNull() || row.get("to").asString().endsWith("2022-12-31")))
                .findFirst().orElse(null);
    }

    @Test
    void tongxiangsProgrammeTargetCountsThePeopleTheProgrammeRecognised() {
        await().atMost(Duration.ofMinutes(3)).until(() -> row("tongxiang-2018-2020", "talents.count",
                "NATIONAL_TALENT_PROGRAM") != null);
        PlatformSteps.statisticsCaughtUp(services.gatewayUrl());
        BigDecimal before = row("tongxiang-2018-2020", "talents.count", "NATIONAL_TALENT_PROGRAM").get("actual")
                .decimalValue();
        String officer = TestTokens.token("TALENT_OFFICER", JIAXING);
        for (int i = 0; i < 2; i++) {
            String id = created(Http.postJson(gateway("/api/talent/talents"), officer, """
                    {"documentKind":"RESIDENT_ID","documentNumber":"%s","name":"桐乡人才%s","region":"%s",
                     "registeredOn":"2019-01-01"}""".formatted(PlatformFixtures.residentId(TONGXIANG), suffix,
                    TONGXIANG), Map.of())).get("id").asString();
            created(Http.postJson(gateway("/api/talent/talents/" + id + "/recognitions"), officer, """
                    {"programme":"NATIONAL_TALENT_PROGRAM","year":2019,"recognisedOn":"2019-06-01"}""", Map.of()));
        }

        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            JsonNode row = row("tongxiang-2018-2020", "talents.count", "NATIONAL_TALENT_PROGRAM");
            assertThat(row.get("actual").decimalValue()).isEqualByComparingTo(before.add(BigDecimal.valueOf(2)));
            assertThat(row.get("status").asString()).isEqualTo(row.get("actual").decimalValue()
                    .compareTo(BigDecimal.valueOf(20)) >= 0 ? "MET" : "MISSED");
        });
    }

    @Test
    void yiyuansTalentTargetCountsThePeopleOfItsRegister() {
        await().atMost(Duration.ofMinutes(3)).until(() -> row(SHANDONG, "yiyuan-2021-2025", "talents.count", null)
                != null);
        PlatformSteps.statisticsCaughtUp(services.gatewayUrl());
        BigDecimal before = row(SHANDONG, "yiyuan-2021-2025", "talents.count", null).get("actual").decimalValue();

        created(Http.postJson(gateway("/api/talent/talents"), TestTokens.token("TALENT_OFFICER", "370300"), """
                {"documentKind":"RESIDENT_ID","documentNumber":"%s","name":"沂源人才%s","region":"%s",
                 "registeredOn":"2024-05-01"}""".formatted(PlatformFixtures.residentId(YIYUAN), suffix, YIYUAN),
                Map.of()));

        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(row(SHANDONG, "yiyuan-2021-2025",
                "talents.count", null).get("actual").decimalValue()).isEqualByComparingTo(before.add(BigDecimal.ONE)));
    }

    @Test
    void ruiansTeamTargetAndACarriersTalentCriteria() {
        String officer = TestTokens.token("CITY_OFFICER", WENZHOU);
        String carrier = created(Http.postJson(gateway("/api/registry/carriers"), officer, """
                {"name":"瑞安人才众创空间%s","kind":"MAKER_SPACE","region":"%s",
                 "operator":{"name":"瑞安运营有限公司","uscc":"91350100M000100Y43"},
                 "establishedOn":"2019-01-01","totalArea":900,"incubationArea":700}""".formatted(suffix, RUIAN),
                Map.of())).get("id").asString();
        await().atMost(Duration.ofMinutes(3)).until(() -> row("ruian-2022-2024", "operating_teams.contracted", null)
                != null);
        PlatformSteps.statisticsCaughtUp(services.gatewayUrl());
        BigDecimal before = row("ruian-2022-2024", "operating_teams.contracted", null).get("actual").decimalValue();
        String operator = TestTokens.operatorToken(carrier, WENZHOU);
        await().atMost(Duration.ofMinutes(3)).until(() -> Http.postJson(gateway("/api/talent/teams"), officer, """
                {"carrierId":"%s","teamUscc":"91350100M000100Y43","teamName":"瑞安专业运营团队","from":"2022-03-01"}"""
                .formatted(carrier), Map.of("Idempotency-Key", "team-" + carrier)).status() == 201);
        created(Http.postJson(gateway("/api/talent/carriers/" + carrier + "/staff"), operator,
                "{\"asOf\":\"2024-01-01\",\"fullTime\":4,\"partTime\":1,\"trained\":3}", Map.of()));
        for (int i = 0; i < 10; i++) {
            created(Http.postJson(gateway("/api/talent/activities"), operator, """
                    {"carrierId":"%s","kind":"TRAINING","title":"创业培训%d","heldOn":"2024-0%d-15","participants":30,
                     "firms":4}""".formatted(carrier, i, 1 + i % 9), Map.of()));
        }
        for (int m = 0; m < 3; m++) {
            String mentor = created(Http.postJson(gateway("/api/talent/talents"), TestTokens.token("TALENT_OFFICER",
                    WENZHOU), """
                    {"documentKind":"RESIDENT_ID","documentNumber":"%s","name":"导师%d","region":"%s"}"""
                    .formatted(PlatformFixtures.residentId(RUIAN), m, RUIAN), Map.of())).get("id").asString();
            created(Http.postJson(gateway("/api/talent/talents/" + mentor + "/engagements"), operator, """
                    {"carrierId":"%s","kind":"ENTREPRENEUR","since":"2023-06-01"}""".formatted(carrier), Map.of()));
        }

        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(row("ruian-2022-2024",
                "operating_teams.contracted", null).get("actual").decimalValue())
                .isEqualByComparingTo(before.add(BigDecimal.ONE)));
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            Http.Response report = Http.get(gateway("/api/evaluation/carriers/" + carrier
                    + "/eligibility?ruleSet=national-maker-space-2017&year=2024"), officer);
            assertThat(report.status()).as(report.body()).isEqualTo(200);
            Map<String, String> actual = new java.util.HashMap<>();
            report.json().get("criteria").valueStream().forEach(criterion -> actual.put(criterion.get("id")
                    .asString(), criterion.get("actual").isNull() ? null : criterion.get("actual").asString()));
            assertThat(new BigDecimal(actual.get("staff"))).isEqualByComparingTo("4");
            assertThat(new BigDecimal(actual.get("mentors"))).isEqualByComparingTo("3");
            assertThat(new BigDecimal(actual.get("events"))).isEqualByComparingTo("10");
        });
    }
}
