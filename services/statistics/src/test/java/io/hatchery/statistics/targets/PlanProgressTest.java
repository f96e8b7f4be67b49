package io.hatchery.statistics.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.evaluation.PlanPublished;
import io.hatchery.contracts.funding.InvestorKind;
import io.hatchery.contracts.funding.InvestorRegistered;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.talent.OperatingTeamContracted;
import io.hatchery.statistics.support.ActionPlans;
import io.hatchery.statistics.support.Events;
import io.hatchery.statistics.support.StatisticsApi;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The five published plans, delivered as PlanPublished events, show progress against figures built from registry
 * events; Yancheng's per-county table adds up: its county and zone rows sum to the city row.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"hatchery.regions.zones[0].id=320900-yannan",
        "hatchery.regions.zones[0].name=盐南高新区", "hatchery.regions.zones[0].parent=320900"})
class PlanProgressTest {

    private static final List<String> YANCHENG_LEAVES = List.of("320902", "320903", "320904", "320921", "320922",
            "320923", "320924", "320925", "320981", "320971", "320900-yannan");

    @LocalServerPort
    int port;

    private StatisticsApi api;

    @BeforeAll
    void publishPlansAndYanchengActivity() {
        api = new StatisticsApi(port);
        Events events = new Events();
        for (PlanPublished plan : ActionPlans.all()) {
            EventProbe.publish(Topics.Names.EVALUATION_PLANS, events.envelope(plan.planId(), plan.region(), plan));
        }
        Random random = new Random(320900);
        int carriers = 0;
        int firms = 0;
        for (String leaf : YANCHENG_LEAVES) {
            for (int i = 0; i < 2 + random.nextInt(4); i++) {
                LocalDate registered = LocalDate.of(2022, 6, 1).plusDays(random.nextInt(1100));
                CarrierKind kind = CarrierKind.values()[random.nextInt(CarrierKind.values().length)];
                String carrier = events.carrier(kind, leaf, registered,
                        random.nextBoolean() ? CertificationLevel.PROVINCIAL : null, registered.plusDays(200));
                carriers++;
                for (int f = 0; f < random.nextInt(6); f++) {
                    LocalDate admitted = registered.plusDays(random.nextInt(500));
                    events.firm(carrier, leaf, admitted, random.nextBoolean() ? admitted.plusDays(400) : null);
                    firms++;
                }
            }
        }
        events.publish();
        // Only this class admits firms in Yancheng; another may register a carrier there, never remove one.
        int carriersPublished = carriers;
        int firmsPublished = firms;
        await().atMost(Duration.ofSeconds(30)).until(() -> adminOf("320000").json("/api/statistics/plans").size()
                + adminOf("330000").json("/api/statistics/plans").size()
                + adminOf("370000").json("/api/statistics/plans").size() == 5
                && value("/api/statistics/regions/320900/indicators/carriers.count") >= carriersPublished
                && value("/api/statistics/regions/320900/indicators/firms.admitted?from=2000-01-01&to=2099-12-31")
                        == firmsPublished);
    }

    private long value(String path) {
        return api.json(path).get("value").asLong();
    }

    /** An administrator of the region's province: each reads the plans of its own province only. */
    private StatisticsApi adminOf(String region) {
        return new StatisticsApi(port, TestTokens.token("PROVINCE_ADMIN", region.substring(0, 2) + "0000"));
    }

    private List<JsonNode> rows(String planId) {
        JsonNode progress = adminOf(ActionPlans.byId(planId).region()).json("/api/statistics/plans/" + planId
                + "/progress");
        return progress.get("rows").valueStream().toList();
    }

    @Test
    void yanchengsCountyAndZoneRowsAddUpToTheCityRow() {
        List<JsonNode> rows = rows("yancheng-2023-2025");
        Map<String, BigDecimal> cityByWindow = new HashMap<>();
        Map<String, BigDecimal> leavesByWindow = new HashMap<>();
        for (JsonNode row : rows) {
            String window = row.get("targetId").asString() + row.get("from").asString("") + row.get("at")
                    .asString("");
            BigDecimal actual = row.get("actual").decimalValue();
            if (row.get("region").asString().equals("320900")) {
                cityByWindow.put(window, actual);
            } else {
                leavesByWindow.merge(window, actual, BigDecimal::add);
            }
        }

        assertThat(leavesByWindow).as("targets with a per-county table").hasSizeGreaterThanOrEqualTo(6);
        leavesByWindow.forEach((window, sum) -> assertThat(sum).as(window).isEqualByComparingTo(cityByWindow.get(
                window)));
        assertThat(rows).anySatisfy(row -> assertThat(row.get("region").asString()).isEqualTo("320900-yannan"));
        assertThat(cityByWindow.values()).anySatisfy(value -> assertThat(value).isPositive());
    }

    @Test
    void shaoxingsVentureInvestorsCountOnlyVentureInstitutionsOfItsCity() {
        Events events = new Events();
        String venture = "investor-sx-" + UUID.randomUUID();
        String bank = "investor-sx-" + UUID.randomUUID();
        EventProbe.publish(Topics.Names.FUNDING_INVESTORS, events.envelope(venture, "330602",
                new InvestorRegistered(venture, "91330602MA0000001X", "越城创投", InvestorKind.VENTURE, "330602", null,
                        LocalDate.of(2019, 4, 1))));
        EventProbe.publish(Topics.Names.FUNDING_INVESTORS, events.envelope(bank, "330602",
                new InvestorRegistered(bank, "91330602MA0000002X", "越城银行", InvestorKind.BANK, "330602", null,
                        LocalDate.of(2019, 4, 1))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode row = rows("shaoxing-maker-spaces-2020").stream().filter(target -> target.get("indicator")
                    .asString().equals("investors.count")).findFirst().orElseThrow();
            assertThat(row.get("filter").get("type").asString()).isEqualTo("VENTURE");
            assertThat(row.get("actual").decimalValue()).as("the venture firm, not the bank").isEqualByComparingTo("1");
            assertThat(row.get("status").asString()).as("10 by 2020").isEqualTo("MISSED");
        });
    }

    @Test
    void shaoxingsMakerSpaceSharesAreTheSharesOfItsMakerSpacesOfferingEachService() {
        Events events = new Events();
        String space = events.carrier(CarrierKind.MAKER_SPACE, "330602", LocalDate.of(2019, 5, 1), null, null);
        events.publish();
        String contract = "contract-sx-" + UUID.randomUUID();
        EventProbe.publish(Topics.Names.TALENT_TEAMS, events.envelope(contract, "330602",
                new OperatingTeamContracted(contract, "91330602MA0000003X", "越城运营", space, "330602", null, null,
                        LocalDate.of(2020, 3, 1))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> shares = rows("shaoxing-maker-spaces-2020").stream().filter(row -> row.get("indicator")
                    .asString().equals("carriers.share_with_service")).toList();
            assertThat(shares).extracting(row -> row.get("filter").get("service").asString())
                    .containsExactlyInAnyOrder("PROFESSIONAL_TEAM", "FINANCING", "MENTORING");
            for (JsonNode row : shares) {
                String service = row.get("filter").get("service").asString();
                BigDecimal figure = adminOf("330000").json("/api/statistics/regions/330600/indicators/"
                        + "carriers.share_with_service?at=2020-12-31&kind=MAKER_SPACE&service=" + service)
                        .get("value").decimalValue();
                assertThat(row.get("actual").decimalValue()).as(service).isEqualByComparingTo(figure);
                assertThat(row.get("status").asString()).as(service).isIn("MET", "MISSED");
            }
            assertThat(shares).filteredOn(row -> row.get("filter").get("service").asString()
                    .equals("PROFESSIONAL_TEAM")).singleElement().satisfies(row -> assertThat(row.get("actual")
                    .decimalValue()).as("this maker space's team").isPositive());
        });
    }

    @Test
    void windowsThatEndedAreMetOrMissedAndRunningOnesOnTrackOrBehind() {
        for (JsonNode row : rows("yancheng-2023-2025")) {
            String status = row.get("status").asString();
            LocalDate end = LocalDate.parse(row.get("to").isNull() ? row.get("at").asString() : row.get("to").asString());
            if (row.get("indicator").asString().equals("firms.tech_sme_share")) {
                assertThat(status).isIn("MET", "MISSED", "NO_DATA");
            } else if (end.isBefore(LocalDate.now())) {
                assertThat(status).as(row.toString()).isIn("MET", "MISSED");
                boolean reached = row.get("actual").decimalValue().compareTo(row.get("target").decimalValue()) >= 0;
                assertThat(status).isEqualTo(reached ? "MET" : "MISSED");
            }
        }
    }

    @Test
    void allFivePlansLoadAndIndicatorsWithoutDataSaySo() {
        for (PlanPublished plan : ActionPlans.all()) {
            List<JsonNode> rows = rows(plan.planId());
            assertThat(rows).as(plan.planId()).isNotEmpty();
        }
        List<JsonNode> yiyuan = rows("yiyuan-2021-2025");
        assertThat(yiyuan).filteredOn(row -> row.get("indicator").asString().equals("talents.count"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("actual").decimalValue()).as("nobody registered in Yiyuan here").isZero();
                    assertThat(row.get("status").asString()).isEqualTo("MISSED");
                });
        assertThat(yiyuan).filteredOn(row -> row.get("indicator").asString().equals("carriers.count"))
                .allSatisfy(row -> assertThat(row.get("status").asString()).isIn("MET", "MISSED"));
    }

    @Test
    void aNewRevisionSupersedesAndAnOlderOneIsIgnored() {
        PlanPublished original = ActionPlans.byId("shaoxing-maker-spaces-2020");
        PlanPublished revised = new PlanPublished(original.planId(), 2, original.title() + "（修订）",
                original.issuer(), original.region(), original.periodFrom(), original.periodTo(),
                original.targets().subList(0, 1), original.effectiveDate());
        Events events = new Events();
        EventEnvelope<PlanPublished> first = events.envelope(original.planId(), original.region(), original);
        EventEnvelope<PlanPublished> second = events.envelope(original.planId(), original.region(), revised);
        EventEnvelope<PlanPublished> stale = events.envelope(original.planId(), original.region(), original);

        EventProbe.publish(Topics.Names.EVALUATION_PLANS, first, second, stale);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode progress = adminOf(original.region()).json("/api/statistics/plans/" + original.planId()
                    + "/progress");
            assertThat(progress.get("plan").get("revision").asInt()).isEqualTo(2);
            assertThat(progress.get("plan").get("targets").asInt()).isEqualTo(1);
        });
    }

    @Test
    void progressComesAsCsvAndAsAWorkbook() {
        var csv = api.get("/api/statistics/plans/yancheng-2023-2025/progress?format=csv");
        var xlsx = api.get("/api/statistics/plans/yancheng-2023-2025/progress?format=xlsx");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.body()).contains("target,indicator,filter,measure,region").contains("320900-yannan");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("yancheng-2023-2025-progress.xlsx"));
    }
}
