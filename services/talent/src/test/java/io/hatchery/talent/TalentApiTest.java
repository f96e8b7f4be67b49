package io.hatchery.talent;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.identity.ResidentId;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.FirmRegistered;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.contracts.talent.MentorEngaged;
import io.hatchery.contracts.talent.TalentErased;
import io.hatchery.contracts.talent.TalentRecognized;
import io.hatchery.contracts.talent.TalentRegistered;
import io.hatchery.talent.person.domain.IdentityDocument;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The talent register through the API: registration with its refusals, one person per identity document, personal
 * data sealed at rest, in full for a talent officer of the person's region only, never in an event; recognitions
 * and erasure.
 */
@ServiceIntegrationTest
class TalentApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 100_000);
    private static final String YANCHENG = "320900";
    private static final String YANDU = "320903";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private final String keeper = TestTokens.token("TALENT_OFFICER", YANCHENG);
    private final String name = "测试人" + UUID.randomUUID().toString().substring(0, 4);
    private final String phone = String.format(Locale.ROOT, "139%08d", UNIQUE.incrementAndGet());
    private final String email = "p" + UNIQUE.get() + "@example.cn";
    private final String number = residentId();

    /** A valid, unique resident ID number of someone born in Yandu on a day in 1990. */
    private static String residentId() {
        long n = UNIQUE.incrementAndGet();
        String first17 = YANDU + LocalDate.of(1990, 1, 1).plusDays(n % 3000).toString().replace("-", "")
                + String.format(Locale.ROOT, "%03d", n % 1000);
        return first17 + ResidentId.checkCharacter(first17);
    }

    private HttpResponse<String> send(String method, String path, String body, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/talent"
                + path)).header("Authorization", "Bearer " + token);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static List<String> fields(HttpResponse<String> response) {
        return json(response).get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    private String body(String documentNumber) {
        return """
                {"documentKind":"RESIDENT_ID","documentNumber":"%s","name":"%s","phone":"%s","email":"%s",
                 "region":"%s","education":"DOCTORATE","returnee":true,"field":"智能制造","registeredOn":"2025-03-01"}"""
                .formatted(documentNumber, name, phone, email, YANDU);
    }

    private String register() {
        HttpResponse<String> created = send("POST", "/talents", body(number), keeper);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    @Test
    void aPersonIsRegisteredOncePerDocumentWithPersonalDataSealedAndNeverPublished() {
        String id;
        try (EventProbe probe = EventProbe.fromBeginning(Topics.TALENT_TALENTS.name())) {
            String key = "talent-" + UUID.randomUUID();
            HttpResponse<String> first = send("POST", "/talents", body(number), keeper, "Idempotency-Key", key);
            HttpResponse<String> retried = send("POST", "/talents", body(number), keeper, "Idempotency-Key", key);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            id = json(first).get("id").asString();
            assertThat(json(retried).get("id").asString()).isEqualTo(id);
            HttpResponse<String> reused = send("POST", "/talents", body(number).replace(phone, "13800000000"), keeper,
                    "Idempotency-Key", key);
            assertThat(reused.statusCode()).as("the key again with another request").isEqualTo(409);
            EventEnvelope<?> registered = probe.awaitEvent(event -> event.data() instanceof TalentRegistered e
                    && e.talentId().equals(id), Duration.ofSeconds(20));
            String published = JSON.writeValueAsString(registered);
            assertThat(published).doesNotContain(name, number, phone, email);
        }
        HttpResponse<String> twin = send("POST", "/talents", body(number.toLowerCase(Locale.ROOT)), keeper);
        assertThat(twin.statusCode()).as("the same document, another registration").isEqualTo(409);
        assertThat(twin.body()).contains(id).doesNotContain(number);

        Document stored = mongo.findById(id, Document.class, "talents");
        assertThat(stored.toJson()).doesNotContain(name, number, phone, email);
        JsonNode inFull = json(send("GET", "/talents/" + id, null, keeper));
        assertThat(inFull.get("personalDataInFull").asBoolean()).isTrue();
        assertThat(inFull.get("name").asString()).isEqualTo(name);
        assertThat(inFull.get("documentNumber").asString()).isEqualTo(number);
        JsonNode masked = json(send("GET", "/talents/" + id, null, TestTokens.token("CITY_OFFICER", YANCHENG)));
        assertThat(masked.get("personalDataInFull").asBoolean()).isFalse();
        assertThat(masked.get("documentNumber").asString()).isEqualTo(number.substring(0, 4) + "**********"
                + number.substring(14));
        assertThat(masked.get("phone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(masked.toString()).doesNotContain(name, number, email);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String wrongCheck = number.substring(0, 17) + (number.charAt(17) == '0' ? '1' : '0');
        HttpResponse<String> refused = send("POST", "/talents", """
                {"documentKind":"RESIDENT_ID","documentNumber":"%s","name":"王","phone":"123","email":"x",
                 "region":"%s","registeredOn":"2099-01-01"}""".formatted(wrongCheck, YANDU), keeper);
        HttpResponse<String> nameless = send("POST", "/talents", """
                {"documentKind":"PASSPORT","documentNumber":"E1234567","name":" ","region":"%s"}""".formatted(YANDU),
                keeper);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("documentNumber", "phone", "email", "registeredOn");
        assertThat(json(refused).toString()).as("the refusal does not echo the number").doesNotContain(wrongCheck);
        assertThat(fields(nameless)).containsExactly("name");
        assertThat(send("POST", "/talents", body(residentId()), TestTokens.token("TALENT_OFFICER", "330300"))
                .statusCode()).as("outside the officer's city").isEqualTo(403);
        assertThat(send("POST", "/talents", body(residentId()), TestTokens.token("CITY_OFFICER", YANCHENG))
                .statusCode()).as("a science officer does not keep the talent register").isEqualTo(403);
        assertThat(send("GET", "/talents/talent-nobody", null, keeper).statusCode()).isEqualTo(404);
    }

    @Test
    void aRecognitionFromTheCatalogueIsPublishedAndEndsOnce() {
        String id = register();
        HttpResponse<String> unknown = send("POST", "/talents/" + id + "/recognitions", """
                {"programme":"NO_SUCH","year":2025,"recognisedOn":"2025-06-01"}""", keeper);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("programme");

        try (EventProbe probe = EventProbe.fromBeginning(Topics.TALENT_TALENTS.name())) {
            HttpResponse<String> recognised = send("POST", "/talents/" + id + "/recognitions", """
                    {"programme":"PROVINCIAL_TALENT_PROGRAM","year":2025,"recognisedOn":"2025-06-01"}""", keeper,
                    "If-Match", "\"1\"");
            assertThat(recognised.statusCode()).as(recognised.body()).isEqualTo(200);
            TalentRecognized event = (TalentRecognized) probe.awaitEvent(e -> e.data() instanceof TalentRecognized r
                    && r.talentId().equals(id), Duration.ofSeconds(20)).data();
            assertThat(event.level().name()).isEqualTo("PROVINCIAL");
        }
        assertThat(send("POST", "/talents/" + id + "/recognitions", """
                {"programme":"LEADING_TALENT","year":2025,"recognisedOn":"2025-06-01"}""", keeper,
                "If-Match", "\"1\"").statusCode()).as("a stale If-Match").isEqualTo(409);
        assertThat(send("POST", "/talents/" + id + "/recognitions/PROVINCIAL_TALENT_PROGRAM/end",
                "{\"endedOn\":\"2026-01-01\"}", keeper).statusCode()).isEqualTo(200);
        HttpResponse<String> again = send("POST", "/talents/" + id + "/recognitions/PROVINCIAL_TALENT_PROGRAM/end",
                "{\"endedOn\":\"2026-02-01\"}", keeper);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(json(again).get("rule").asString()).isEqualTo("not-recognised");
        assertThat(json(send("GET", "/talents?programme=PROVINCIAL_TALENT_PROGRAM&region=" + YANDU + "&size=500",
                null, keeper)).get("items").valueStream().map(talent -> talent.get("id").asString()).toList())
                .as("no longer recognised").doesNotContain(id);
    }

    @Test
    void erasureLeavesNoReadablePersonalDataAndKeepsThePerson() {
        String id = register();
        send("POST", "/talents/" + id + "/recognitions", """
                {"programme":"LEADING_TALENT","year":2025,"recognisedOn":"2025-06-01"}""", keeper);

        try (EventProbe probe = EventProbe.fromBeginning(Topics.TALENT_TALENTS.name())) {
            HttpResponse<String> erased = send("POST", "/talents/" + id + "/erasure", null, keeper);
            assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
            probe.awaitEvent(e -> e.data() instanceof TalentErased t && t.talentId().equals(id),
                    Duration.ofSeconds(20));
        }
        JsonNode after = json(send("GET", "/talents/" + id, null, keeper));
        assertThat(after.get("erased").asBoolean()).isTrue();
        assertThat(after.get("name").isNull()).isTrue();
        assertThat(after.get("recognitions").size()).as("what counted them stays").isEqualTo(1);
        assertThat(mongo.findById(id, Document.class, "person_keys")).as("the data key").isNull();
        Document sealed = mongo.findById(id, Document.class, "talents").get("state", Document.class)
                .get("sealed", Document.class);
        assertThat(sealed == null ? List.of() : sealed.values()).as("no sealed field is kept").allMatch(
                value -> value == null);
        assertThat(send("POST", "/talents", body(number), keeper).statusCode())
                .as("the document stays registered to the erased person").isEqualTo(409);
    }

    private static void publish(String topic, String subject, long version, DomainEvent data) {
        EventType<?> type = EventCatalog.typeOf(data);
        EventProbe.publish(topic, new EventEnvelope<>(UUID.randomUUID(), "hatchery/registry", type.name(), subject,
                java.time.Instant.now(), type.dataschema(), YANDU, version, "registry", null, data));
    }

    @Test
    void aCarrierEngagesAMentorWhoCoachesItsFirm() {
        String carrier = "carrier-" + UUID.randomUUID();
        String firm = "firm-" + UUID.randomUUID();
        publish(Topics.REGISTRY_CARRIERS.name(), carrier, 1, new CarrierRegistered(carrier, CarrierKind.INCUBATOR,
                YANDU, null, new CarrierProfile("导师孵化器", new Operator("导师运营有限公司", "91350100M000100Y43"), null,
                        BigDecimal.valueOf(5000), BigDecimal.valueOf(3000), null, null, null),
                LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 1)));
        publish(Topics.REGISTRY_FIRMS.name(), firm, 1, new FirmRegistered(firm, "91320903MA20000017",
                "导师科技有限公司", LocalDate.of(2023, 1, 1), "智能制造", YANDU, LocalDate.of(2023, 1, 1)));
        String id = register();
        String operator = TestTokens.operatorToken(carrier, YANCHENG);
        String engage = """
                {"carrierId":"%s","kind":"INVESTOR","expertise":["融资"],"since":"2025-04-01"}""".formatted(carrier);

        try (EventProbe probe = EventProbe.fromBeginning(Topics.TALENT_TALENTS.name())) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> send("POST",
                    "/talents/" + id + "/engagements", engage, operator).statusCode() == 200);
            MentorEngaged engaged = (MentorEngaged) probe.awaitEvent(e -> e.data() instanceof MentorEngaged m
                    && m.talentId().equals(id), Duration.ofSeconds(20)).data();
            assertThat(engaged.region()).isEqualTo(YANDU);
        }
        assertThat(send("POST", "/talents/" + id + "/engagements", engage,
                TestTokens.operatorToken("carrier-other", YANCHENG)).statusCode()).as("another carrier's operator")
                .isEqualTo(403);
        HttpResponse<String> unknownCarrier = send("POST", "/talents/" + id + "/engagements", """
                {"carrierId":"carrier-nobody","kind":"INVESTOR","since":"2025-04-01"}""", keeper);
        assertThat(fields(unknownCarrier)).containsExactly("carrierId");

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> send("POST", "/talents/" + id
                + "/mentoring", """
                {"firmId":"%s","carrierId":"%s","since":"2025-05-01"}""".formatted(firm, carrier), operator)
                .statusCode() == 200);
        JsonNode view = json(send("GET", "/talents/" + id, null, keeper));
        assertThat(view.get("engagements").get(0).get("carrierId").asString()).isEqualTo(carrier);
        assertThat(view.get("mentoring").get(0).get("firmId").asString()).isEqualTo(firm);
        HttpResponse<String> forOperator = send("GET", "/carriers/" + carrier + "/mentors", null, operator);
        assertThat(forOperator.statusCode()).as(forOperator.body()).isEqualTo(200);
        assertThat(json(forOperator).get("total").asLong()).isEqualTo(1);
        JsonNode mentor = json(forOperator).get("items").get(0);
        assertThat(mentor.get("talentId").asString()).isEqualTo(id);
        assertThat(mentor.get("kind").asString()).isEqualTo("INVESTOR");
        assertThat(mentor.get("since").asString()).isEqualTo("2025-04-01");
        assertThat(mentor.get("firmsCoached").valueStream().map(JsonNode::asString).toList()).containsExactly(firm);
        assertThat(mentor.get("nameInFull").asBoolean()).isFalse();
        assertThat(mentor.get("name").asString()).isEqualTo(name.charAt(0) + "*".repeat(name.length() - 1));
        assertThat(forOperator.body()).doesNotContain(number, phone, email);
        JsonNode forKeeper = json(send("GET", "/carriers/" + carrier + "/mentors", null, keeper)).get("items").get(0);
        assertThat(forKeeper.get("name").asString()).isEqualTo(name);
        assertThat(forKeeper.get("nameInFull").asBoolean()).isTrue();
        assertThat(send("GET", "/carriers/" + carrier + "/mentors", null,
                TestTokens.operatorToken("carrier-other", YANCHENG)).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/carriers/" + carrier + "/mentors", null, TestTokens.token("CITY_OFFICER", "320500"))
                .statusCode()).isEqualTo(403);
        assertThat(fields(send("GET", "/carriers/carrier-nobody/mentors", null, keeper)))
                .containsExactly("carrierId");
        assertThat(fields(send("GET", "/carriers/" + carrier + "/mentors?size=0", null, keeper)))
                .containsExactly("size");
        assertThat(send("POST", "/talents/" + id + "/mentoring/" + firm + "/end", """
                {"carrierId":"%s","endedOn":"2025-12-31"}""".formatted(carrier), operator).statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "/talents/" + id + "/engagements/" + carrier + "/release",
                "{\"releasedOn\":\"2026-01-01\"}", operator).statusCode()).isEqualTo(200);
        HttpResponse<String> twice = send("POST", "/talents/" + id + "/engagements/" + carrier + "/release",
                "{\"releasedOn\":\"2026-01-02\"}", operator);
        assertThat(json(twice).get("rule").asString()).isEqualTo("not-engaged");
        assertThat(json(send("GET", "/carriers/" + carrier + "/mentors", null, operator)).get("total").asLong())
                .as("a released mentor is no longer the carrier's").isZero();
    }

    @Test
    void noEventTheServicePublishesAboutAPersonHoldsTheirPersonalData() {
        try (EventProbe probe = EventProbe.fromBeginning(Topics.TALENT_TALENTS.name(), Topics.TALENT_STAFF.name(),
                Topics.TALENT_TEAMS.name(), Topics.TALENT_PLATFORMS.name(), Topics.TALENT_ACTIVITIES.name())) {
            String id = register();
            send("POST", "/talents/" + id + "/recognitions", """
                    {"programme":"NATIONAL_TALENT_PROGRAM","year":2025,"recognisedOn":"2025-06-01"}""", keeper);
            send("PUT", "/talents/" + id + "/affiliation", """
                    {"firmId":"firm-91320903MA20000017","founder":true,"since":"2025-01-01"}""", keeper);
            send("POST", "/talents/" + id + "/erasure", null, keeper);
            probe.awaitEvent(e -> e.data() instanceof TalentErased t && t.talentId().equals(id),
                    Duration.ofSeconds(20));

            List<EventEnvelope<?>> events = probe.drain(Duration.ofSeconds(1));
            assertThat(events.stream().filter(event -> id.equals(event.subject())).count())
                    .as("registered, recognised, affiliated, erased").isEqualTo(4);
            for (EventEnvelope<?> event : events) {
                assertThat(JSON.writeValueAsString(event)).as(event.type()).doesNotContain(name, number, phone, email);
            }
        }
    }

    private HttpResponse<String> upload(String type, String fileName, String content, String token) {
        String boundary = "----hatchery" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/talent/imports"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void peopleImportFromACsvOncePerDocumentAndTheReportRepeatsNoPersonalData() {
        String second = residentId();
        String wrong = second.substring(0, 17) + (second.charAt(17) == '0' ? '1' : '0');
        String csv = """
                身份证号,姓名,手机,区域代码,学历,是否海归,人才计划,入选年份,入选日期
                %s,%s,%s,%s,博士,是,LEADING_TALENT,2025,2025-06-01
                %s,李四,,%s,硕士,否,,,
                %s,王五,,%s,本科,否,,,
                """.formatted(number, name, phone, YANDU, second, YANDU, wrong, YANDU);

        HttpResponse<String> first = upload("talents", "人才.csv", csv, keeper);
        HttpResponse<String> again = upload("talents", "人才.csv", csv, TestTokens.token("PROVINCE_ADMIN", "320000"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).get("rows").valueStream().map(row -> row.get("outcome").asString()).toList())
                .containsExactly("IMPORTED", "IMPORTED", "REFUSED");
        assertThat(json(first).get("rows").get(2).get("field").asString()).isEqualTo("documentNumber");
        assertThat(json(again).get("rows").valueStream().map(row -> row.get("outcome").asString()).toList())
                .as("imported again by someone else").containsExactly("DUPLICATE", "DUPLICATE", "REFUSED");
        assertThat(first.body() + again.body()).doesNotContain(number, name, phone, second, wrong, "李四");
        String id = json(first).get("rows").get(0).get("id").asString();
        assertThat(json(send("GET", "/talents/" + id, null, keeper)).get("recognitions").get(0).get("programme")
                .asString()).isEqualTo("LEADING_TALENT");
        assertThat(upload("talents", "人才.csv", csv, TestTokens.token("CITY_OFFICER", YANCHENG)).body())
                .as("a science officer keeps no talent register").doesNotContain("IMPORTED", "DUPLICATE");
    }

    private HttpResponse<byte[]> export(String query, String token) {
        return download("/exports/talents?" + query, token);
    }

    private HttpResponse<byte[]> download(String path, String token) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/talent" + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void anExportHoldsPersonalDataOnlyForATalentOfficerOfTheRegionAndSaysWhich() {
        String id = register();

        HttpResponse<byte[]> full = export("region=" + YANDU + "&format=csv", keeper);
        assertThat(full.statusCode()).as(text(full)).isEqualTo(200);
        assertThat(full.headers().firstValue("Hatchery-Personal-Data")).contains("full");
        assertThat(full.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> lines = text(full).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF# 本文件含个人信息");
        String row = lines.stream().filter(line -> line.startsWith(id + ",")).findFirst().orElseThrow();
        assertThat(row).contains(number, name, phone, email, YANDU, "2025-03-01");

        for (String reader : List.of(TestTokens.token("CITY_OFFICER", YANCHENG),
                TestTokens.token("AUDITOR", YANCHENG), TestTokens.token("PROVINCE_ADMIN", "320000"))) {
            HttpResponse<byte[]> masked = export("region=" + YANDU + "&format=csv", reader);
            assertThat(masked.statusCode()).as(text(masked)).isEqualTo(200);
            assertThat(masked.headers().firstValue("Hatchery-Personal-Data")).contains("masked");
            assertThat(text(masked)).contains("已脱敏", id, number.substring(0, 4) + "**********"
                    + number.substring(14)).doesNotContain(number, name, phone, email);
        }
    }

    @Test
    void anXlsxExportNamesItsContentOnItsSheetAndExplainsItOnAnother() throws Exception {
        String id = register();

        HttpResponse<byte[]> full = export("region=" + YANCHENG, keeper);
        HttpResponse<byte[]> masked = export("region=" + YANCHENG + "&format=xlsx",
                TestTokens.token("CITY_OFFICER", YANCHENG));

        assertThat(full.statusCode()).isEqualTo(200);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(full.body()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("人才（含个人信息）");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("说明");
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).startsWith("本文件含个人信息");
            org.apache.poi.ss.usermodel.Row person = null;
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                if (row.getCell(0).getStringCellValue().equals(id)) {
                    person = row;
                }
            }
            assertThat(person).isNotNull();
            assertThat(person.getCell(3).getStringCellValue()).isEqualTo(number);
            assertThat(person.getCell(4).getStringCellValue()).isEqualTo(name);
        }
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(masked.body()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("人才（个人信息已脱敏）");
            StringBuilder cells = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertThat(cells.toString()).contains(id).doesNotContain(number, name, phone, email);
        }
    }

    @Test
    void anExportIsRefusedNamingWhatIsWrongOrWhoMayNot() {
        assertThat(export("region=" + YANDU + "&format=pdf", keeper).statusCode()).isEqualTo(400);
        assertThat(text(export("region=" + YANDU + "&format=pdf", keeper))).contains("\"format\"");
        assertThat(text(export("region=999999", keeper))).contains("\"region\"");
        assertThat(text(export("region=" + YANDU + "&programme=NO_SUCH", keeper))).contains("\"programme\"");
        assertThat(export("region=330400", keeper).statusCode()).as("another province").isEqualTo(403);
        assertThat(export("region=" + YANDU, TestTokens.token("ANALYST", YANCHENG)).statusCode())
                .as("analysts read no register").isEqualTo(403);
        HttpResponse<byte[]> noRegion = export("region=" + YANDU, TestTokens.token("CITY_OFFICER", null));
        assertThat(noRegion.statusCode()).as("a token without its region").isEqualTo(401);
        assertThat(text(noRegion)).contains("'region'");
    }

    @Test
    void theProgrammeCatalogueAndTheImportTemplatesAreForEveryRole() throws Exception {
        for (String token : List.of(keeper, TestTokens.token("ANALYST", "320000"),
                TestTokens.operatorToken("carrier-any", YANDU))) {
            HttpResponse<String> programmes = send("GET", "/programmes", null, token);
            assertThat(programmes.statusCode()).as(programmes.body()).isEqualTo(200);
            assertThat(json(programmes).valueStream().map(programme -> programme.get("code").asString() + " "
                    + programme.get("level").asString()).toList()).as("the deployment's catalogue").containsExactly(
                    "NATIONAL_TALENT_PROGRAM NATIONAL", "PROVINCIAL_TALENT_PROGRAM PROVINCIAL",
                    "TAISHAN_INDUSTRY_LEADER PROVINCIAL", "LEADING_TALENT MUNICIPAL", "ZIBO_TALENT MUNICIPAL");
        }

        HttpResponse<byte[]> mentors = download("/imports/templates/mentors.xlsx", keeper);
        HttpResponse<byte[]> unknown = download("/imports/templates/castles.xlsx", keeper);

        assertThat(mentors.statusCode()).isEqualTo(200);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(mentors.body()))) {
            List<String> header = new java.util.ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).as("required columns first, in their order").containsExactly("身份证号", "载体", "导师类型",
                    "聘任日期", "证件类型");
        }
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(text(unknown)).contains("\"type\"");
    }
}
