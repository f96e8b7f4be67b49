package io.hatchery.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.identity.Uscc;
import io.hatchery.registry.support.Api;
import io.hatchery.registry.support.ApiTest;
import io.hatchery.testing.ServiceIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists are filtered, ordered, counted and cut into pages by the database: the order and totals across pages, and
 * the filters that work on derived fields (a carrier's level on a date, a firm's current carrier, overdue).
 * Regions here (宿迁 321300) are used by no other test, so the counts are exact.
 */
@ServiceIntegrationTest
class ListsApiTest extends ApiTest {

    private static List<String> ids(Api.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private static long total(Api.Response page) {
        return page.json().get("total").asLong();
    }

    private void certify(String carrier, String level, String on) {
        Api.Response certified = api.post("/api/registry/carriers/" + carrier + "/certifications", ADMIN, """
                {"level":"%s","authority":"科技部","effectiveDate":"%s"}""".formatted(level, on));
        assertThat(certified.status()).as(certified.body()).isEqualTo(200);
    }

    @Test
    void carriersComeByRegionThenNameAPageAtATimeWithExactTotals() {
        String b = api.registerCarrier("宿豫B孵化器", "INCUBATOR", "321311", "2015-01-01", ADMIN);
        String a = api.registerCarrier("宿豫A众创空间", "MAKER_SPACE", "321311", "2016-01-01", ADMIN);
        String c = api.registerCarrier("宿豫C加速器", "ACCELERATOR", "321311", "2017-01-01", ADMIN);
        String inSucheng = api.registerCarrier("宿城Z孵化器", "INCUBATOR", "321302", "2018-01-01", ADMIN);

        Api.Response first = api.get("/api/registry/carriers?region=321311&size=2&page=0", ADMIN);
        Api.Response second = api.get("/api/registry/carriers?region=321311&size=2&page=1", ADMIN);
        assertThat(ids(first)).containsExactly(a, b);
        assertThat(ids(second)).containsExactly(c);
        assertThat(total(first)).isEqualTo(3);
        assertThat(total(second)).isEqualTo(3);
        assertThat(ids(api.get("/api/registry/carriers?region=321311&size=2&page=2", ADMIN))).isEmpty();
        assertThat(ids(api.get("/api/registry/carriers?region=321300&name=宿", ADMIN)))
                .containsExactly(inSucheng, a, b, c);
        assertThat(ids(api.get("/api/registry/carriers?region=321300&name=宿豫", ADMIN))).containsExactly(a, b, c);
        assertThat(ids(api.get("/api/registry/carriers?region=321300&name=众创", ADMIN))).containsExactly(a);
        assertThat(ids(api.get("/api/registry/carriers?region=321300&name=.*", ADMIN))).isEmpty();
    }

    @Test
    void aCarriersLevelIsTheOneInForceOnTheDateAskedFor() {
        String standard = api.registerCarrier("沭阳标准孵化器", "INCUBATOR", "321322", "2015-01-01", ADMIN);
        String national = api.registerCarrier("沭阳国家孵化器", "INCUBATOR", "321322", "2015-01-01", ADMIN);
        certify(national, "MUNICIPAL", "2018-03-01");
        certify(national, "NATIONAL", "2021-03-01");
        certify(standard, "NATIONAL_STANDARD", "2021-03-01");
        Api.Response downgraded = api.post("/api/registry/carriers/" + standard + "/downgrade", ADMIN, """
                {"toLevel":"PROVINCIAL","reason":"2023 evaluation FAIL","effectiveDate":"2024-04-30"}""");
        assertThat(downgraded.status()).as(downgraded.body()).isEqualTo(200);

        String region = "/api/registry/carriers?region=321322";
        assertThat(ids(api.get(region + "&level=NATIONAL", ADMIN))).containsExactly(national);
        assertThat(ids(api.get(region + "&level=NATIONAL_STANDARD&at=2023-12-31", ADMIN))).containsExactly(standard);
        assertThat(ids(api.get(region + "&level=NATIONAL_STANDARD", ADMIN))).isEmpty();
        assertThat(ids(api.get(region + "&levelAtLeast=NATIONAL&at=2023-12-31", ADMIN)))
                .containsExactly(national, standard);
        assertThat(ids(api.get(region + "&levelAtLeast=PROVINCIAL", ADMIN))).containsExactly(national, standard);
        assertThat(ids(api.get(region + "&levelAtLeast=MUNICIPAL&at=2020-01-01", ADMIN))).containsExactly(national);
        assertThat(ids(api.get(region + "&level=MUNICIPAL&at=2021-02-28", ADMIN))).containsExactly(national);
        assertThat(ids(api.get(region + "&level=MUNICIPAL&at=2021-03-01", ADMIN))).isEmpty();
        assertThat(ids(api.get(region + "&levelAtLeast=MUNICIPAL&at=2018-02-28", ADMIN))).isEmpty();
    }

    @Test
    void firmsAreListedWhereTheyOrTheirCarriersAreByStatusOverdueAndEligibility() {
        String carrier = api.registerCarrier("泗阳科创孵化器", "INCUBATOR", "321323", "2010-01-01", ADMIN);
        String late = registerFirm(90_001, "泗阳乙科技有限公司", "2019-01-01");
        String onTime = registerFirm(90_002, "泗阳甲科技有限公司", "2024-01-01");
        String outside = registerFirm(90_003, "泗阳丙科技有限公司", "2024-01-01");
        admit(late, carrier, "2019-06-01");
        admit(onTime, carrier, "2024-06-01");

        String inCarrierRegion = "/api/registry/firms?region=321323";
        // By name, in code point order: 乙 (U+4E59) before 甲 (U+7532).
        assertThat(ids(api.get(inCarrierRegion, ADMIN))).containsExactly(late, onTime);
        assertThat(ids(api.get(inCarrierRegion + "&overdue=true", ADMIN))).containsExactly(late);
        assertThat(ids(api.get(inCarrierRegion + "&overdue=false", ADMIN))).containsExactly(onTime);
        assertThat(ids(api.get(inCarrierRegion + "&status=INCUBATING&size=1&page=1", ADMIN))).containsExactly(onTime);
        assertThat(total(api.get(inCarrierRegion + "&status=INCUBATING&size=1", ADMIN))).isEqualTo(2);
        assertThat(ids(api.get(inCarrierRegion + "&eligibleForGraduation=true", ADMIN))).isEmpty();
        assertThat(ids(api.get("/api/registry/firms?carrier=" + carrier + "&eligibleForGraduation=false", ADMIN)))
                .containsExactly(late, onTime);
        assertThat(ids(api.get("/api/registry/firms?uscc=" + uscc(90_003), ADMIN))).containsExactly(outside);
        assertThat(ids(api.get("/api/registry/firms?carrier=" + carrier + "&status=REGISTERED", ADMIN))).isEmpty();
    }

    private static String uscc(int number) {
        return Uscc.complete("91320903MA1M%05d".formatted(number));
    }

    private String registerFirm(int number, String name, String foundedOn) {
        Api.Response registered = api.post("/api/registry/firms", ADMIN, """
                {"uscc":"%s","name":"%s","foundedOn":"%s","industry":"software","region":"320903"}
                """.formatted(uscc(number), name, foundedOn));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private void admit(String firm, String carrier, String on) {
        Api.Response admitted = api.post("/api/registry/firms/" + firm + "/admission", ADMIN,
                "{\"carrierId\":\"%s\",\"admittedOn\":\"%s\"}".formatted(carrier, on));
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(200);
    }
}
