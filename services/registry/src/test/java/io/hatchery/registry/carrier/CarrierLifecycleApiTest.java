package io.hatchery.registry.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.registry.CarrierDowngraded;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.registry.support.Api;
import io.hatchery.registry.support.ApiTest;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Carrier commands after registration, lists and history, over HTTP against the real broker and Mongo. */
@ServiceIntegrationTest
class CarrierLifecycleApiTest extends ApiTest {


    private static List<String> ids(Api.Response page) {
        return page.json().get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    @Test
    void certificationDowngradeAndDelistingAreKeptAsHistoryAndPublished() {
        String id = api.registerCarrier("亭湖区科创孵化器", "INCUBATOR", "320902", "2018-05-01", ADMIN);

        Api.Response municipal = api.post("/api/registry/carriers/" + id + "/certifications", YANCHENG, """
                {"level":"MUNICIPAL","authority":"盐城市科技局","certificateNumber":"YC-2019-08","effectiveDate":"2019-08-01"}""");
        Api.Response provincial = api.post("/api/registry/carriers/" + id + "/certifications", ADMIN, """
                {"level":"PROVINCIAL","authority":"江苏省科技厅","certificateNumber":"JS-2022-15","effectiveDate":"2022-03-01"}""");
        Api.Response downgraded = api.post("/api/registry/carriers/" + id + "/downgrade", ADMIN, """
                {"reason":"2024 evaluation FAIL","effectiveDate":"2025-04-30"}""");

        assertThat(municipal.status()).as(municipal.body()).isEqualTo(200);
        assertThat(provincial.json().get("level").asString()).isEqualTo("PROVINCIAL");
        assertThat(downgraded.status()).isEqualTo(200);
        assertThat(downgraded.json().get("level").asString()).isEqualTo("MUNICIPAL");
        assertThat(downgraded.header("ETag")).isEqualTo("\"4\"");
        assertThat(downgraded.json().get("certificationHistory").valueStream()
                .map(change -> change.get("kind").asString()).toList())
                .containsExactly("CERTIFIED", "CERTIFIED", "DOWNGRADED");

        List<JsonNode> history = api.get("/api/registry/carriers/" + id + "/history", YANCHENG).json()
                .valueStream().toList();
        assertThat(history).extracting(entry -> entry.get("type").asString()).containsExactly(
                "hatchery.registry.carrier.registered.v1", "hatchery.registry.carrier.certified.v1",
                "hatchery.registry.carrier.certified.v1", "hatchery.registry.carrier.downgraded.v1");
        assertThat(history.get(1).get("actor").asString()).isEqualTo("city_officer-320900");
        assertThat(history.get(3).get("data").get("reason").asString()).isEqualTo("2024 evaluation FAIL");

        try (EventProbe probe = EventProbe.fromBeginning(Topics.REGISTRY_CARRIERS.name())) {
            EventEnvelope<?> event = probe.awaitEvent(e -> e.subject().equals(id) && e.aggregateVersion() == 4,
                    Duration.ofSeconds(20));
            assertThat(((CarrierDowngraded) event.data()).toLevel()).isEqualTo(CertificationLevel.MUNICIPAL);
        }

        Api.Response delisted = api.post("/api/registry/carriers/" + id + "/delisting", ADMIN, """
                {"reason":"two consecutive FAIL ratings","effectiveDate":"2026-04-30"}""");
        Api.Response afterDelisting = api.post("/api/registry/carriers/" + id + "/certifications", ADMIN, """
                {"level":"MUNICIPAL","authority":"盐城市科技局","effectiveDate":"2026-05-01"}""");
        assertThat(delisted.json().get("status").asString()).isEqualTo("DELISTED");
        assertThat(afterDelisting.status()).isEqualTo(422);
        assertThat(afterDelisting.json().get("rule").asString()).isEqualTo("carrier-delisted");
    }

    @Test
    void aCommandWithAStaleIfMatchIsA409AndChangesNothing() {
        String id = api.registerCarrier("盐都众创空间", "MAKER_SPACE", "320903", "2020-01-01", ADMIN);
        String version = api.get("/api/registry/carriers/" + id, YANCHENG).header("ETag");
        api.post("/api/registry/carriers/" + id + "/designations", YANCHENG, """
                {"designation":"MAKER_BASE","authority":"盐城市科技局","effectiveDate":"2023-01-01"}""");

        Api.Response stale = api.put("/api/registry/carriers/" + id + "/profile", YANCHENG, """
                {"name":"盐都众创空间（新）","operator":{"name":"运营有限公司","uscc":"91350100M000100Y43"},
                 "totalArea":800,"incubationArea":600}""", Map.of("If-Match", version));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:hatchery:problem:version-conflict");
        Api.Response current = api.get("/api/registry/carriers/" + id, YANCHENG);
        assertThat(current.json().get("name").asString()).isEqualTo("盐都众创空间");

        Api.Response fresh = api.put("/api/registry/carriers/" + id + "/profile", YANCHENG, """
                {"name":"盐都众创空间（新）","operator":{"name":"运营有限公司","uscc":"91350100M000100Y43"},
                 "totalArea":800,"incubationArea":600}""", Map.of("If-Match", current.header("ETag")));
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.json().get("name").asString()).isEqualTo("盐都众创空间（新）");
    }

    @Test
    void listsFilterByRegionSubtreeKindLevelOnADateStatusAndDesignation() {
        String national = api.registerCarrier("江阴国家级孵化器", "INCUBATOR", "320281", "2015-01-01", ADMIN);
        String municipal = api.registerCarrier("江阴市级众创空间", "MAKER_SPACE", "320281", "2019-01-01", ADMIN);
        String zhejiang = TestTokens.token("PROVINCE_ADMIN", "330000");
        String elsewhere = api.registerCarrier("桐乡孵化器", "INCUBATOR", "330483", "2016-01-01", zhejiang);
        api.post("/api/registry/carriers/" + national + "/certifications", ADMIN, """
                {"level":"NATIONAL","authority":"科技部","effectiveDate":"2020-12-01"}""");
        api.post("/api/registry/carriers/" + municipal + "/certifications", ADMIN, """
                {"level":"MUNICIPAL","authority":"盐城市科技局","effectiveDate":"2021-06-01"}""");
        api.post("/api/registry/carriers/" + national + "/designations", ADMIN, """
                {"designation":"DEMONSTRATION","authority":"江苏省科技厅","effectiveDate":"2022-01-01"}""");

        assertThat(ids(api.get("/api/registry/carriers?region=320281", ADMIN))).containsExactlyInAnyOrder(national,
                municipal);
        assertThat(ids(api.get("/api/registry/carriers?region=320281&kind=INCUBATOR", ADMIN)))
                .containsExactly(national);
        assertThat(ids(api.get("/api/registry/carriers?region=320200&levelAtLeast=PROVINCIAL", ADMIN)))
                .containsExactly(national);
        assertThat(ids(api.get("/api/registry/carriers?region=320281&levelAtLeast=MUNICIPAL&at=2021-01-01", ADMIN)))
                .containsExactly(national);
        assertThat(ids(api.get("/api/registry/carriers?region=320281&designation=DEMONSTRATION", ADMIN)))
                .containsExactly(national);
        assertThat(ids(api.get("/api/registry/carriers?region=330000", zhejiang))).contains(elsewhere)
                .doesNotContain(national);
        assertThat(api.get("/api/registry/carriers?region=330000", ADMIN).status())
                .as("Jiangsu's administrator in Zhejiang").isEqualTo(403);
        assertThat(ids(api.get("/api/registry/carriers?size=500", ADMIN))).contains(national)
                .doesNotContain(elsewhere);

        Api.Response paged = api.get("/api/registry/carriers?region=320281&size=1&page=1", ADMIN);
        assertThat(paged.json().get("total").asInt()).isEqualTo(2);
        assertThat(ids(paged)).hasSize(1);
        String wuxi = TestTokens.token("CITY_OFFICER", "320200");
        assertThat(api.get("/api/registry/carriers?region=330000", wuxi).status()).isEqualTo(403);
        assertThat(ids(api.get("/api/registry/carriers", wuxi))).containsExactlyInAnyOrder(national, municipal);
    }

    @Test
    void refusalsNameTheirRuleOrField() {
        String id = api.registerCarrier("射阳众创空间", "MAKER_SPACE", "320924", "2021-01-01", ADMIN);

        Api.Response noLevel = api.post("/api/registry/carriers/" + id + "/downgrade", ADMIN,
                "{\"reason\":\"x\",\"effectiveDate\":\"2024-01-01\"}");
        Api.Response future = api.post("/api/registry/carriers/" + id + "/certifications", ADMIN,
                "{\"level\":\"MUNICIPAL\",\"authority\":\"x\",\"effectiveDate\":\"2999-01-01\"}");
        Api.Response badLevel = api.post("/api/registry/carriers/" + id + "/certifications", ADMIN,
                "{\"level\":\"GALACTIC\",\"authority\":\"x\",\"effectiveDate\":\"2022-01-01\"}");
        Api.Response elsewhere = api.post("/api/registry/carriers/" + id + "/certifications",
                TestTokens.token("CITY_OFFICER", "330400"),
                "{\"level\":\"MUNICIPAL\",\"authority\":\"x\",\"effectiveDate\":\"2022-01-01\"}");

        assertThat(noLevel.status()).isEqualTo(422);
        assertThat(noLevel.json().get("rule").asString()).isEqualTo("downgrade-needs-level");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("effectiveDate");
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.json().get("errors").get(0).get("field").asString()).isEqualTo("level");
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(api.get("/api/registry/carriers/" + id + "/history", ADMIN).json().size()).isEqualTo(1);
    }
}
