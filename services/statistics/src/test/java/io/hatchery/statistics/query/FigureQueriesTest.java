package io.hatchery.statistics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.statistics.support.Events;
import io.hatchery.statistics.support.StatisticsApi;
import io.hatchery.testing.ServiceIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Queries over Wuxi's figures: filters, all indicators, children, series, net change and exports. */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureQueriesTest {

    @LocalServerPort
    int port;

    private StatisticsApi api;

    @BeforeAll
    void wuxi() {
        api = new StatisticsApi(port);
        Events events = new Events();
        String jiangyin = events.carrier(CarrierKind.INCUBATOR, "320281", LocalDate.of(2019, 3, 1),
                CertificationLevel.PROVINCIAL, LocalDate.of(2021, 6, 1));
        events.carrier(CarrierKind.MAKER_SPACE, "320281", LocalDate.of(2020, 5, 1), null, null);
        String yixing = events.carrier(CarrierKind.INCUBATOR, "320282", LocalDate.of(2022, 8, 1),
                CertificationLevel.MUNICIPAL, LocalDate.of(2023, 1, 10));
        events.firm(jiangyin, "320281", LocalDate.of(2021, 2, 1), LocalDate.of(2023, 5, 1));
        events.firm(jiangyin, "320281", LocalDate.of(2022, 7, 1), null);
        events.firm(yixing, "320282", LocalDate.of(2023, 3, 1), null);
        events.publish();
        await().atMost(Duration.ofSeconds(20)).until(() -> value("/api/statistics/regions/320200/indicators/"
                + "carriers.count") == 3 && value("/api/statistics/regions/320200/indicators/firms.admitted"
                + "?from=2020-01-01&to=2025-12-31") == 3);
    }

    private long value(String path) {
        return api.json(path).get("value").asLong();
    }

    @Test
    void filtersNarrowTheCount() {
        assertThat(value("/api/statistics/regions/320200/indicators/carriers.count?kind=INCUBATOR")).isEqualTo(2);
        assertThat(value("/api/statistics/regions/320200/indicators/carriers.count?kind=INCUBATOR,MAKER_SPACE"))
                .isEqualTo(3);
        assertThat(value("/api/statistics/regions/320200/indicators/carriers.count?levelAtLeast=PROVINCIAL"))
                .isEqualTo(1);
        assertThat(value("/api/statistics/regions/320200/indicators/carriers.count?levelAtLeast=MUNICIPAL"
                + "&at=2022-12-31")).isEqualTo(1);
        assertThat(value("/api/statistics/regions/320200/indicators/firms.incubating?at=2023-06-01")).isEqualTo(2);
        JsonNode figure = api.json("/api/statistics/regions/320200/indicators/carriers.certified"
                + "?from=2023-01-01&to=2023-12-31&levelAtLeast=MUNICIPAL");
        assertThat(figure.get("value").asLong()).isEqualTo(1);
        assertThat(figure.get("from").asString()).isEqualTo("2023-01-01");
        assertThat(figure.get("filters").get("levelAtLeast").asString()).isEqualTo("MUNICIPAL");
        assertThat(figure.has("at")).isFalse();
    }

    @Test
    void aStocksNetChangeOverAWindow() {
        assertThat(value("/api/statistics/regions/320200/indicators/carriers.count?from=2020-01-01&to=2022-12-31"))
                .isEqualTo(2);
    }

    @Test
    void badCombinationsAre400NamingTheParameter() {
        var designationOnFirms = api.get("/api/statistics/regions/320200/indicators/firms.incubating"
                + "?designation=BENCHMARK");
        var atOnANewIndicator = api.get("/api/statistics/regions/320200/indicators/firms.admitted?at=2024-01-01");
        var unknownKind = api.get("/api/statistics/regions/320200/indicators/carriers.count?kind=CASTLE");
        var blankKind = api.get("/api/statistics/regions/320200/indicators/carriers.count?kind=+&levelAtLeast="
                + "PROVINCIAL");

        assertThat(designationOnFirms.statusCode()).isEqualTo(400);
        assertThat(designationOnFirms.body()).contains("\"field\":\"designation\"");
        assertThat(atOnANewIndicator.statusCode()).isEqualTo(400);
        assertThat(atOnANewIndicator.body()).contains("\"field\":\"at\"");
        assertThat(unknownKind.statusCode()).isEqualTo(400);
        assertThat(blankKind.statusCode()).as("a blank kind, found by the fuzzer as a 500").isEqualTo(400);
        assertThat(blankKind.body()).contains("\"field\":\"kind\"");
    }

    @Test
    void everyIndicatorOfARegion() {
        List<JsonNode> all = api.json("/api/statistics/regions/320281/indicators?at=2023-12-31").valueStream()
                .toList();

        assertThat(all).extracting(figure -> figure.get("indicator").asString()).contains("carriers.count",
                "firms.incubating", "firms.tech_sme_share", "investments.amount");
        assertThat(all).filteredOn(figure -> figure.get("indicator").asString().equals("firms.graduated"))
                .singleElement().satisfies(figure -> {
                    assertThat(figure.get("from").asString()).isEqualTo("2023-01-01");
                    assertThat(figure.get("value").asLong()).isEqualTo(1);
                });
    }

    @Test
    void childrenAddUpToTheirParentAndExportAsCsv() {
        JsonNode children = api.json("/api/statistics/regions/320200/children?indicator=carriers.count");

        long sum = children.get("children").valueStream().mapToLong(row -> row.get("value").asLong()).sum();
        assertThat(sum).isEqualTo(children.get("value").asLong()).isEqualTo(3);
        assertThat(children.get("children").valueStream().filter(row -> row.get("region").asString()
                .equals("320281")).findFirst().orElseThrow().get("name").asString()).isEqualTo("江阴市");
        var csv = api.get("/api/statistics/regions/320200/children?indicator=carriers.count&format=csv");
        assertThat(csv.body()).startsWith("\uFEFFregion,name,carriers.count").contains("320281,江阴市,2");
    }

    @Test
    void aMonthlySeriesOfAStockAndAQuarterlySeriesOfFlows() {
        JsonNode monthly = api.json("/api/statistics/regions/320200/indicators/carriers.count/series"
                + "?from=2022-07-01&to=2022-09-30&granularity=month");
        JsonNode quarterly = api.json("/api/statistics/regions/320200/indicators/firms.admitted/series"
                + "?from=2023-01-01&to=2023-12-31&granularity=quarter");

        assertThat(monthly.get("points").valueStream().map(point -> point.get("value").asLong()).toList())
                .containsExactly(2L, 3L, 3L);
        assertThat(quarterly.get("points").valueStream().map(point -> point.get("period").asString()).toList())
                .containsExactly("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4");
        assertThat(quarterly.get("points").get(0).get("value").asLong()).isEqualTo(1);
        var xlsx = api.get("/api/statistics/regions/320200/indicators/firms.admitted/series"
                + "?from=2023-01-01&to=2023-12-31&granularity=quarter&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
    }
}
