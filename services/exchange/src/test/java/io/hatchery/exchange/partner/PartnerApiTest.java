package io.hatchery.exchange.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.exchange.support.ExchangeApi;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Partners through the API: registration by the province's administrator, reads, entitlements, refusals. */
@ServiceIntegrationTest
class PartnerApiTest {

    private static final String CARRIER_REGISTERED = "hatchery.registry.carrier.registered.v1";

    @LocalServerPort
    int port;

    private ExchangeApi api;

    @BeforeEach
    void api() {
        api = new ExchangeApi(port);
    }

    private static String body(String code, String jurisdiction, String eventType) {
        return """
                {"code":"%s","name":"盐城市市场监督管理局","kind":"DEPARTMENT","jurisdiction":"%s",
                 "entitlements":{"eventTypes":["%s"],"dataClasses":["INTERNAL"],"inboundTypes":[]}}
                """.formatted(code, jurisdiction, eventType);
    }

    @Test
    void theAdministratorRegistersAPartnerOnceAndItsClientReadsItself() {
        String code = ExchangeApi.unique("samr");

        ExchangeApi.Response created = api.post("/partners", ExchangeApi.admin(), body(code, "320900",
                CARRIER_REGISTERED));
        ExchangeApi.Response again = api.post("/partners", ExchangeApi.admin(), body(code, "320900",
                CARRIER_REGISTERED));
        ExchangeApi.Response conflicting = api.post("/partners", ExchangeApi.admin(), body(code, "320100",
                CARRIER_REGISTERED));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/exchange/partners/" + code);
        assertThat(created.json().get("entitlements").get("dataClasses").valueStream().map(c -> c.asString())
                .sorted().toList()).as("PUBLIC always").containsExactly("INTERNAL", "PUBLIC");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("version").asLong()).isEqualTo(1);
        assertThat(conflicting.status()).isEqualTo(409);

        String client = TestTokens.partnerToken(code, "320900");
        assertThat(api.get("/partners/" + code, client).status()).isEqualTo(200);
        ExchangeApi.Response own = api.get("/partners", client);
        assertThat(own.json().get("total").asLong()).isEqualTo(1);
        assertThat(own.json().get("items").get(0).get("id").asString()).isEqualTo(code);
        String another = api.partner("320900", false, CARRIER_REGISTERED);
        assertThat(api.get("/partners/" + another, client).status()).isEqualTo(403);
    }

    @Test
    void badRegistrationsAreRefusedNamingTheFieldAndStoreNothing() {
        String code = ExchangeApi.unique("samr");

        ExchangeApi.Response badCode = api.post("/partners", ExchangeApi.admin(), body("Bad Code!", "320900",
                CARRIER_REGISTERED));
        ExchangeApi.Response unknownType = api.post("/partners", ExchangeApi.admin(), body(code, "320900",
                "hatchery.registry.carrier.teleported.v9"));
        ExchangeApi.Response unknownRegion = api.post("/partners", ExchangeApi.admin(), body(code, "999999",
                CARRIER_REGISTERED));
        ExchangeApi.Response missing = api.post("/partners", ExchangeApi.admin(), "{\"code\":\"" + code + "\"}");

        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.fields()).containsExactly("code");
        assertThat(unknownType.fields()).containsExactly("entitlements.eventTypes");
        assertThat(unknownRegion.fields()).containsExactly("jurisdiction");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fields()).contains("name", "kind", "jurisdiction", "entitlements");
        assertThat(api.get("/partners/" + code, ExchangeApi.admin()).status()).isEqualTo(404);
    }

    @Test
    void onlyTheProvincesAdministratorRegistersAndOnlyInsideItsProvince() {
        String code = ExchangeApi.unique("samr");

        assertThat(api.post("/partners", TestTokens.token("CITY_OFFICER", "320900"), body(code, "320900",
                CARRIER_REGISTERED)).status()).isEqualTo(403);
        assertThat(api.post("/partners", TestTokens.token("PROVINCE_ADMIN", "330000"), body(code, "320900",
                CARRIER_REGISTERED)).status()).isEqualTo(403);
        assertThat(api.post("/partners", TestTokens.partnerToken(code, "320900"), body(code, "320900",
                CARRIER_REGISTERED)).status()).isEqualTo(403);
        assertThat(api.get("/partners", TestTokens.token("ANALYST", "320900")).status()).isEqualTo(403);
        assertThat(api.get("/partners", null).status()).isEqualTo(401);
    }

    @Test
    void aPartnerTokenWithoutItsPartnerClaimIsRefusedWhole() {
        String token = TestTokens.token("client", List.of("PARTNER"), "320900");

        ExchangeApi.Response refused = api.get("/partners", token);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("partner");
    }

    @Test
    void entitlementsChangeUnderIfMatch() {
        String code = api.partner("320900", false, CARRIER_REGISTERED);
        String entitlements = """
                {"eventTypes":["hatchery.registry.firm.registered.v1"],"dataClasses":[],"inboundTypes":[]}
                """;

        ExchangeApi.Response stale = api.send("PUT", "/partners/" + code + "/entitlements", "application/json",
                entitlements, ExchangeApi.admin(), "If-Match", "\"7\"");
        ExchangeApi.Response changed = api.send("PUT", "/partners/" + code + "/entitlements", "application/json",
                entitlements, ExchangeApi.admin(), "If-Match", "\"1\"");
        ExchangeApi.Response byOfficer = api.send("PUT", "/partners/" + code + "/entitlements", "application/json",
                entitlements, TestTokens.token("CITY_OFFICER", "320900"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("entitlements").get("eventTypes").get(0).asString())
                .isEqualTo("hatchery.registry.firm.registered.v1");
        assertThat(byOfficer.status()).isEqualTo(403);
    }
}
