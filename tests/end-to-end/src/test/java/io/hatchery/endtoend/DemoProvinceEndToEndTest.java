package io.hatchery.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.devstack.DemoProvince;
import io.hatchery.testing.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The demo loader drives the real API through the gateway; the registry's lists and the statistics figures agree,
 * and loading the same demo again adds nothing anywhere.
 */
@Order(SharedPlatform.ORDER)
class DemoProvinceEndToEndTest {

    private static final List<String> REGIONS = List.of("370323", "320900-yannan", "330483");
    private static ServicesUnderTest services;

    @BeforeAll
    static void startPlatform() {
        services = SharedPlatform.get();
    }

    private static String admin(String province) {
        return TestTokens.token("PROVINCE_ADMIN", province);
    }

    private static long listed(String path) {
        String region = path.replaceAll(".*region=(\\d+).*", "$1");
        Http.Response response = Http.get(services.gatewayUrl() + path, admin(DemoProvince.province(region)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("total").asLong();
    }

    private static long counted(String region) {
        return counted(region, "carriers.count");
    }

    private static long counted(String region, String indicator) {
        return Http.get(services.gatewayUrl() + "/api/statistics/regions/" + region + "/indicators/" + indicator,
                admin(DemoProvince.province(region))).json().get("value").asLong();
    }

    @Test
    void theDemoLoadsConsistentFiguresAndLoadingItAgainAddsNothing() throws Exception {
        DemoProvince demo = new DemoProvince(services.gatewayUrl(), DemoProvinceEndToEndTest::admin, 7,
                LocalDate.now(), REGIONS);

        demo.load();
        long yiyuanCarriers = listed("/api/registry/carriers?region=370323&size=1");
        long tongxiangCarriers = listed("/api/registry/carriers?region=330483&size=1");
        long yiyuanFirms = listed("/api/registry/firms?region=370323&size=1");
        long yiyuanInvestments = listed("/api/fund-matching/investments?region=370323&size=1");

        assertThat(yiyuanCarriers).as("the two real maker spaces and generated ones").isGreaterThan(2);
        assertThat(yiyuanFirms).isGreaterThan(83);
        assertThat(listed("/api/registry/carriers?region=370323&name=极有鲜众创空间&size=1")).isEqualTo(1);
        assertThat(listed("/api/fund-matching/funds?region=370323&size=1")).as("the county's angel fund")
                .isEqualTo(1);
        assertThat(yiyuanInvestments).as("investments into some of its firms").isPositive();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(counted("370323")).as(PlatformSteps.statisticsStatus(services.gatewayUrl()))
                    .isEqualTo(yiyuanCarriers);
            assertThat(counted("330483")).isEqualTo(tongxiangCarriers);
            assertThat(counted("370323", "funds.count")).isEqualTo(1);
        });
        long yiyuanFunded = listed("/api/fund-matching/requests?region=370323&status=FUNDED&size=1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(counted("370323", "matches.accepted"))
                .as("the county's fund took up the request proposed to it and funded it").isEqualTo(yiyuanFunded));

        new DemoProvince(services.gatewayUrl(), DemoProvinceEndToEndTest::admin, 7, LocalDate.now(), REGIONS).load();

        assertThat(listed("/api/registry/carriers?region=370323&size=1")).isEqualTo(yiyuanCarriers);
        assertThat(listed("/api/registry/firms?region=370323&size=1")).isEqualTo(yiyuanFirms);
        assertThat(listed("/api/fund-matching/funds?region=370323&size=1")).isEqualTo(1);
        assertThat(listed("/api/fund-matching/investments?region=370323&size=1")).isEqualTo(yiyuanInvestments);
        assertThat(listed("/api/fund-matching/requests?region=370323&status=FUNDED&size=1")).isEqualTo(yiyuanFunded);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(counted("370323")).isEqualTo(yiyuanCarriers));
        assertThat(partners("320000")).as("Yancheng's market regulation bureau and Jiangsu's statistics bureau, once")
                .containsExactlyInAnyOrder("samr-320900", "stats-320000");
        assertThat(Http.get(services.gatewayUrl() + "/api/exchange/subscriptions?partner=stats-320000",
                admin("320000")).json().get("total").asLong()).isEqualTo(1);
    }

    private static List<String> partners(String province) {
        return Http.get(services.gatewayUrl() + "/api/exchange/partners?size=500", admin(province)).json()
                .get("items").valueStream().map(partner -> partner.get("id").asString())
                .filter(id -> id.equals("samr-320900") || id.equals("stats-320000")).toList();
    }
}
