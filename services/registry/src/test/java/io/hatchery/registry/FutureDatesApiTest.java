package io.hatchery.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.identity.Uscc;
import io.hatchery.registry.support.Api;
import io.hatchery.registry.support.ApiTest;
import io.hatchery.testing.ServiceIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A fact cannot have taken effect tomorrow: every dated command refuses a future date, naming the field. */
@ServiceIntegrationTest
class FutureDatesApiTest extends ApiTest {

    private static final List<String> FUTURE = List.of(LocalDate.now().plusDays(1).toString(), "2099-01-01",
            "+1000000-01-01");

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private long version(String path) {
        return api.get(path, ADMIN).json().get("version").asLong();
    }

    @Test
    void aProfileChangeAndARectificationOrderCannotTakeEffectInTheFuture() {
        String carrier = api.registerCarrier("亭湖未来孵化器", "INCUBATOR", "320902", "2018-01-01", ADMIN);
        String path = "/api/registry/carriers/" + carrier;
        for (String date : FUTURE) {
            String profile = """
                    {"name":"亭湖未来孵化器","operator":{"name":"运营有限公司","uscc":"91350100M000100Y43"},
                     "totalArea":12000,"incubationArea":9000,"effectiveDate":"%s"}""".formatted(date);
            assertRefused(api.put(path + "/profile", ADMIN, profile, Map.of()), "effectiveDate");
            assertRefused(api.post(path + "/rectification", ADMIN, """
                    {"reason":"材料不全","deadline":"2099-12-31","effectiveDate":"%s"}""".formatted(date)),
                    "effectiveDate");
        }
        assertThat(version(path)).isEqualTo(1);
        assertThat(api.post(path + "/rectification", ADMIN, """
                {"reason":"材料不全","deadline":"2099-12-31"}""").status()).isEqualTo(200);
    }

    @Test
    void aQualificationCannotLapseInTheFuture() {
        String uscc = Uscc.complete("91320902MA1F%05d".formatted(77_001));
        String firm = api.post("/api/registry/firms", ADMIN, """
                {"uscc":"%s","name":"亭湖未来科技有限公司","foundedOn":"2023-01-01","industry":"software",
                 "region":"320902"}""".formatted(uscc)).json().get("id").asString();
        String path = "/api/registry/firms/" + firm;
        assertThat(api.post(path + "/qualifications", ADMIN, """
                {"type":"TECH_SME","year":2024,"number":"TS-77001","issuedOn":"2024-05-01"}""").status())
                .isEqualTo(200);
        for (String date : FUTURE) {
            assertRefused(api.post(path + "/qualifications/lapse", ADMIN, """
                    {"type":"TECH_SME","lapsedOn":"%s"}""".formatted(date)), "lapsedOn");
        }
        assertThat(version(path)).isEqualTo(2);
    }
}
