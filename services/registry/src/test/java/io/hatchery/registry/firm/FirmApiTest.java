package io.hatchery.registry.firm;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.Topics;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.identity.Uscc;
import io.hatchery.registry.support.Api;
import io.hatchery.registry.support.ApiTest;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Firms over HTTP: one per USCC, lifecycle rules as 422s, operators limited to their carrier. */
@ServiceIntegrationTest
class FirmApiTest extends ApiTest {


    @Autowired
    MongoTemplate mongo;

    /** A valid USCC of a Yancheng company, numbered. */
    static String uscc(int number) {
        return Uscc.complete("91320903MA1M%05d".formatted(number));
    }

    private static String firmJson(String uscc, String name, String founded, String industry) {
        return """
                {"uscc":"%s","name":"%s","foundedOn":"%s","industry":"%s","region":"320903"}
                """.formatted(uscc, name, founded, industry);
    }

    private String registerFirm(int number, String name, String founded, String industry) {
        return api.post("/api/registry/firms", YANCHENG, firmJson(uscc(number), name, founded, industry)).json()
                .get("id").asString();
    }

    private Api.Response admit(String firmId, String carrierId, String on, String token) {
        return api.post("/api/registry/firms/" + firmId + "/admission", token,
                "{\"carrierId\":\"%s\",\"admittedOn\":\"%s\"}".formatted(carrierId, on));
    }

    @Test
    void aUsccIsOneFirmNeverATwin() {
        String body = firmJson(uscc(123), "盐城云帆科技有限公司", "2024-03-01", "software");
        Api.Response first = api.post("/api/registry/firms", YANCHENG, body);
        Api.Response again = api.post("/api/registry/firms", YANCHENG, body);
        Api.Response different = api.post("/api/registry/firms", YANCHENG,
                firmJson(uscc(123), "另一个名字有限公司", "2024-03-01", "software"));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("id").asString()).isEqualTo("firm-" + uscc(123));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo("firm-" + uscc(123));
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.json().get("existingFirm").asString()).isEqualTo("firm-" + uscc(123));
        assertThat(mongo.getCollection("firms").countDocuments()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/registry/firms/firm-" + uscc(123) + "/history", YANCHENG).json().size())
                .isEqualTo(1);
    }

    @Test
    void unknownFirmsAre404AndStaleVersionsAre409() {
        String carrier = api.registerCarrier("响水众创空间", "MAKER_SPACE", "320921", "2018-01-01", ADMIN);
        String firm = registerFirm(195, "响水版本科技有限公司", "2024-01-01", "software");
        String etag = api.get("/api/registry/firms/" + firm, YANCHENG).header("ETag");
        api.post("/api/registry/firms/" + firm + "/qualifications", YANCHENG,
                "{\"type\":\"TECH_SME\",\"year\":2024,\"number\":\"2024320921000190\"}");

        Api.Response stale = api.post("/api/registry/firms/" + firm + "/admission", YANCHENG,
                "{\"carrierId\":\"%s\",\"admittedOn\":\"2024-03-01\"}".formatted(carrier), Map.of("If-Match", etag));
        Api.Response missing = api.get("/api/registry/firms/firm-" + uscc(999), YANCHENG);
        Api.Response noCarrier = admit(firm, "no-such-carrier", "2024-03-01", YANCHENG);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get("/api/registry/firms/" + firm, YANCHENG).json().get("status").asString())
                .isEqualTo("REGISTERED");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asString()).isEqualTo("urn:hatchery:problem:not-found");
        assertThat(noCarrier.status()).isEqualTo(400);
        assertThat(noCarrier.json().get("errors").get(0).get("field").asString()).isEqualTo("carrierId");
    }

    @Test
    void aBadCheckCharacterIsA400OnTheUscc() {
        String valid = uscc(123);
        String wrongCheck = valid.substring(0, 17) + (valid.endsWith("0") ? "1" : "0");
        Api.Response refused = api.post("/api/registry/firms", YANCHENG,
                firmJson(wrongCheck, "错码公司", "2024-03-01", "software"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("uscc");
    }

    @Test
    void admissionGraduationAndTheRulesThatRefuse() {
        String carrier = api.registerCarrier("盐都科创孵化器", "INCUBATOR", "320903", "2018-01-01", ADMIN);
        String other = api.registerCarrier("亭湖孵化器", "INCUBATOR", "320902", "2018-01-01", ADMIN);
        String young = registerFirm(131, "盐城青禾生物有限公司", "2023-01-10", "biomedicine");
        String old = registerFirm(140, "盐城老牌制造有限公司", "2019-01-10", "manufacturing");

        Api.Response admitted = admit(young, carrier, "2023-06-01", YANCHENG);
        Api.Response tooOld = admit(old, carrier, "2023-06-01", YANCHENG);
        Api.Response twice = admit(young, other, "2023-07-01", YANCHENG);

        assertThat(admitted.status()).as(admitted.body()).isEqualTo(200);
        assertThat(admitted.json().get("status").asString()).isEqualTo("INCUBATING");
        assertThat(admitted.json().get("incubationDeadline").asString()).isEqualTo("2028-06-01");
        assertThat(tooOld.status()).isEqualTo(422);
        assertThat(tooOld.json().get("rule").asString()).isEqualTo("admission-age-limit");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().get("rule").asString()).isEqualTo("one-carrier-at-a-time");

        try (EventProbe probe = EventProbe.fromBeginning(Topics.REGISTRY_FIRMS.name())) {
            FirmAdmitted event = (FirmAdmitted) probe.awaitEvent(e -> e.subject().equals(young)
                    && e.data() instanceof FirmAdmitted, Duration.ofSeconds(20)).data();
            assertThat(event.carrierId()).isEqualTo(carrier);
            assertThat(event.carrierRegion()).isEqualTo("320903");
            assertThat(event.effectiveDate()).isEqualTo(LocalDate.parse("2023-06-01"));
        }

        Api.Response noCertificate = api.post("/api/registry/firms/" + young + "/graduation", YANCHENG, """
                {"basis":["HIGH_TECH"],"evidence":"GR2024","graduatedOn":"2025-01-10"}""");
        api.post("/api/registry/firms/" + young + "/qualifications", YANCHENG, """
                {"type":"HIGH_TECH","number":"GR202432001234","issuedOn":"2024-12-01"}""");
        Api.Response graduated = api.post("/api/registry/firms/" + young + "/graduation", YANCHENG, """
                {"basis":["HIGH_TECH"],"evidence":"GR202432001234","graduatedOn":"2025-01-10"}""");

        assertThat(noCertificate.status()).isEqualTo(422);
        assertThat(noCertificate.json().get("rule").asString()).isEqualTo("high-tech-not-held");
        assertThat(graduated.status()).isEqualTo(200);
        assertThat(graduated.json().get("status").asString()).isEqualTo("GRADUATED");
        assertThat(graduated.json().get("incubations").get(0).get("graduationBasis").get(0).asString())
                .isEqualTo("HIGH_TECH");
    }

    @Test
    void firmsPastTheirLimitAreListedAsOverdue() {
        String carrier = api.registerCarrier("建湖孵化器", "INCUBATOR", "320925", "2015-01-01", ADMIN);
        String overdue = registerFirm(158, "建湖超期科技有限公司", "2019-01-01", "software");
        String inTime = registerFirm(166, "建湖新锐科技有限公司", "2024-01-01", "software");
        admit(overdue, carrier, "2019-06-01", YANCHENG);
        admit(inTime, carrier, "2024-06-01", YANCHENG);

        Api.Response list = api.get("/api/registry/firms?carrier=" + carrier + "&overdue=true", YANCHENG);

        List<String> ids = list.json().get("items").valueStream().map(firm -> firm.get("id").asString()).toList();
        assertThat(ids).containsExactly(overdue);
        assertThat(list.json().get("items").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(api.get("/api/registry/firms/" + inTime, YANCHENG).json().get("overdue").asBoolean()).isFalse();
    }

    @Test
    void anOperatorManagesOnlyTheFirmsOfItsOwnCarrier() {
        String own = api.registerCarrier("阜宁众创空间", "MAKER_SPACE", "320923", "2020-01-01", ADMIN);
        String foreign = api.registerCarrier("滨海众创空间", "MAKER_SPACE", "320922", "2020-01-01", ADMIN);
        String operator = TestTokens.operatorToken(own, "320923");
        String ownFirm = registerFirm(174, "阜宁创客科技有限公司", "2024-01-01", "software");
        String foreignFirm = registerFirm(182, "滨海创客科技有限公司", "2024-01-01", "software");
        admit(foreignFirm, foreign, "2024-05-01", YANCHENG);

        Api.Response intoOwn = admit(ownFirm, own, "2024-05-01", operator);
        Api.Response intoForeign = admit(ownFirm, foreign, "2024-05-01", operator);
        Api.Response exitForeign = api.post("/api/registry/firms/" + foreignFirm + "/exit", operator,
                "{\"reason\":\"EXPELLED\",\"exitedOn\":\"2024-08-01\"}");
        Api.Response listed = api.get("/api/registry/firms", operator);

        assertThat(intoOwn.status()).as(intoOwn.body()).isEqualTo(200);
        assertThat(intoForeign.status()).isEqualTo(403);
        assertThat(exitForeign.status()).isEqualTo(403);
        assertThat(listed.json().get("items").valueStream().map(firm -> firm.get("id").asString()).toList())
                .containsExactly(ownFirm);
        assertThat(api.get("/api/registry/firms/" + foreignFirm, YANCHENG).json().get("status").asString())
                .isEqualTo("INCUBATING");
    }
}
