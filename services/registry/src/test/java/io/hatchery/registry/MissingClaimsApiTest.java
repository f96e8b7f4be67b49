package io.hatchery.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.registry.support.Api;
import io.hatchery.registry.support.ApiTest;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestInfrastructure;
import java.time.Duration;
import java.util.List;
import io.hatchery.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A token that lacks a claim its role needs is refused whole: its holder never gets "everywhere" instead. */
@ServiceIntegrationTest
class MissingClaimsApiTest extends ApiTest {

    private static String token(List<String> roles, String region, String carrier) {
        return TestInfrastructure.get().tokenIssuer().issue("claims-test", roles, region, carrier,
                Duration.ofMinutes(10));
    }

    private static void assertRefused(Api.Response response, String claim) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:hatchery:problem:unauthenticated");
        assertThat(response.json().get("detail").asString()).contains("'" + claim + "'");
    }

    @Test
    void anOfficerWithoutARegionListsNothingAndChangesNothing() {
        api.registerCarrier("响水无区域孵化器", "INCUBATOR", "320921", "2018-01-01", ADMIN);
        String noRegion = token(List.of("CITY_OFFICER"), null, null);

        assertRefused(api.get("/api/registry/carriers", noRegion), "region");
        assertRefused(api.get("/api/registry/firms", noRegion), "region");
        assertRefused(api.post("/api/registry/carriers", noRegion, """
                {"name":"无区域孵化器","kind":"INCUBATOR","region":"320921",
                 "operator":{"name":"运营有限公司","uscc":"91350100M000100Y43"},
                 "establishedOn":"2018-01-01","totalArea":1000,"incubationArea":800}"""), "region");
        assertRefused(api.get("/api/registry/carriers", token(List.of("PROVINCE_ADMIN"), " ", null)), "region");
    }

    @Test
    void anOperatorWithoutACarrierSeesNoFirm() {
        String noCarrier = token(List.of("CARRIER_OPERATOR"), "320900", null);

        assertRefused(api.get("/api/registry/firms", noCarrier), "carrier");
        assertThat(api.get("/api/registry/firms", token(List.of("CARRIER_OPERATOR"), "320900", "some-carrier"))
                .status()).isEqualTo(200);
    }

    @Test
    void aPartnersMachineClientReadsNothingOfTheRegisterDirectly() {
        String partner = TestTokens.partnerToken("samr-320900", "320900");

        assertThat(api.get("/api/registry/carriers", partner).status()).isEqualTo(403);
        assertThat(api.get("/api/registry/imports/templates/firms.xlsx", partner).status()).isEqualTo(403);
        assertRefused(api.get("/api/registry/carriers", token(List.of("PARTNER"), "320900", null)), "partner");
    }
}
