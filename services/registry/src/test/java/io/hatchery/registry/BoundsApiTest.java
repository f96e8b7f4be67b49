package io.hatchery.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.registry.support.Api;
import io.hatchery.registry.support.ApiTest;
import io.hatchery.testing.ServiceIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Areas are bounded where the statistics can sum them: a value beyond is refused, naming the field. */
@ServiceIntegrationTest
class BoundsApiTest extends ApiTest {

    private static String carrier(String name, String totalArea, String incubationArea) {
        return """
                {"name":"%s","kind":"INCUBATOR","region":"320903",
                 "operator":{"name":"运营有限公司","uscc":"91350100M000100Y43"},
                 "establishedOn":"2018-01-01","totalArea":%s,"incubationArea":%s}
                """.formatted(name, totalArea, incubationArea);
    }

    @Test
    void aPageLargerThanFiveHundredIsRefusedNamingTheParameter() {
        for (String path : new String[] {"/api/registry/carriers?size=501", "/api/registry/firms?size=501",
                "/api/registry/carriers?page=-1"}) {
            Api.Response refused = api.get(path, ADMIN);

            assertThat(refused.status()).as(path + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo(path.contains("page") ? "page" : "size");
        }
    }

    @Test
    void anAreaBeyondAThousandSquareKilometresIsRefused() {
        Api.Response huge = api.post("/api/registry/carriers", ADMIN, carrier("超大孵化器", "1e20", "100"));

        assertThat(huge.status()).as(huge.body()).isEqualTo(400);
        assertThat(huge.json().get("errors").get(0).get("field").asString()).isEqualTo("totalArea");
        assertThat(huge.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be at most 1000000000 m²");
        assertThat(api.post("/api/registry/carriers", ADMIN, carrier("最大孵化器", "1000000000", "100")).status())
                .isEqualTo(201);
    }

    @Test
    void aProfileChangeBeyondTheBoundIsRefusedAndChangesNothing() {
        String id = api.registerCarrier("盐都边界孵化器", "INCUBATOR", "320903", "2018-01-01", ADMIN);

        Api.Response huge = api.put("/api/registry/carriers/" + id + "/profile", ADMIN, """
                {"name":"盐都边界孵化器","operator":{"name":"运营有限公司","uscc":"91350100M000100Y43"},
                 "totalArea":3000000000,"incubationArea":2000000000}""", Map.of());

        assertThat(huge.status()).as(huge.body()).isEqualTo(400);
        assertThat(huge.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .contains("totalArea", "incubationArea");
        assertThat(api.get("/api/registry/carriers/" + id, ADMIN).json().get("version").asLong()).isEqualTo(1);
    }
}
