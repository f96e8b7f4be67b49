package io.hatchery.registry.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class CarrierApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    static String carrierJson(String name, String region, String uscc) {
        return """
                {"name": "%s", "kind": "INCUBATOR", "region": "%s",
                 "operator": {"name": "盐城孵化运营有限公司", "uscc": "%s"},
                 "establishedOn": "2021-04-01", "totalArea": 12000, "incubationArea": 9500,
                 "services": ["MENTORING", "FINANCING"]}
                """.formatted(name, region, uscc);
    }

    private HttpResponse<String> post(String body, String token, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/registry/carriers"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void registeringACarrierStoresItAndPublishesCarrierRegistered() throws Exception {
        String name = "盐都科创孵化器-" + UUID.randomUUID();
        String token = TestTokens.token("officer-yancheng", java.util.List.of("CITY_OFFICER"), "320900");

        HttpResponse<String> created = post(carrierJson(name, "320903", "91350100M000100Y43"), token, null);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String id = body.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/registry/carriers/" + id);
        assertThat(created.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(body.get("region").asString()).isEqualTo("320903");
        assertThat(body.get("status").asString()).isEqualTo("ACTIVE");

        HttpResponse<String> fetched = get("/api/registry/carriers/" + id, token);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(fetched.body()).get("name").asString()).isEqualTo(name);

        try (EventProbe probe = EventProbe.fromBeginning(Topics.REGISTRY_CARRIERS.name())) {
            EventEnvelope<?> event = probe.awaitEvent(e -> e.subject().equals(id), Duration.ofSeconds(20));
            assertThat(event.type()).isEqualTo("hatchery.registry.carrier.registered.v1");
            assertThat(event.source()).isEqualTo("hatchery/registry");
            assertThat(event.region()).isEqualTo("320903");
            assertThat(event.aggregateVersion()).isEqualTo(1);
            assertThat(event.actor()).isEqualTo("officer-yancheng");
            CarrierRegistered data = (CarrierRegistered) event.data();
            assertThat(data.kind()).isEqualTo(CarrierKind.INCUBATOR);
            assertThat(data.effectiveDate()).isEqualTo(LocalDate.of(2021, 4, 1));
            assertThat(data.profile().name()).isEqualTo(name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON          | {\"name\": \"x\",                                                    | body",
            "missing name            | {\"kind\":\"INCUBATOR\",\"region\":\"320903\",\"operator\":{\"name\":\"o\",\"uscc\":\"91350100M000100Y43\"},\"establishedOn\":\"2021-04-01\",\"totalArea\":1,\"incubationArea\":1} | name",
            "area not a number       | {\"name\":\"x\",\"kind\":\"INCUBATOR\",\"region\":\"320903\",\"operator\":{\"name\":\"o\",\"uscc\":\"91350100M000100Y43\"},\"establishedOn\":\"2021-04-01\",\"totalArea\":\"big\",\"incubationArea\":1} | totalArea",
            "unknown kind            | {\"name\":\"x\",\"kind\":\"CASTLE\",\"region\":\"320903\",\"operator\":{\"name\":\"o\",\"uscc\":\"91350100M000100Y43\"},\"establishedOn\":\"2021-04-01\",\"totalArea\":1,\"incubationArea\":1} | kind",
            "bad date                | {\"name\":\"x\",\"kind\":\"INCUBATOR\",\"region\":\"320903\",\"operator\":{\"name\":\"o\",\"uscc\":\"91350100M000100Y43\"},\"establishedOn\":\"2021-13-01\",\"totalArea\":1,\"incubationArea\":1} | establishedOn",
            "unknown region          | {\"name\":\"x\",\"kind\":\"INCUBATOR\",\"region\":\"329999\",\"operator\":{\"name\":\"o\",\"uscc\":\"91350100M000100Y43\"},\"establishedOn\":\"2021-04-01\",\"totalArea\":1,\"incubationArea\":1} | region",
            "city is not a county    | {\"name\":\"x\",\"kind\":\"INCUBATOR\",\"region\":\"320900\",\"operator\":{\"name\":\"o\",\"uscc\":\"91350100M000100Y43\"},\"establishedOn\":\"2021-04-01\",\"totalArea\":1,\"incubationArea\":1} | region",
            "bad USCC check char     | {\"name\":\"x\",\"kind\":\"INCUBATOR\",\"region\":\"320903\",\"operator\":{\"name\":\"o\",\"uscc\":\"91350100M000100Y44\"},\"establishedOn\":\"2021-04-01\",\"totalArea\":1,\"incubationArea\":1} | operator.uscc",
            "operator missing        | {\"name\":\"x\",\"kind\":\"INCUBATOR\",\"region\":\"320903\",\"establishedOn\":\"2021-04-01\",\"totalArea\":1,\"incubationArea\":1} | operator",
            "incubation beyond total | {\"name\":\"x\",\"kind\":\"INCUBATOR\",\"region\":\"320903\",\"operator\":{\"name\":\"o\",\"uscc\":\"91350100M000100Y43\"},\"establishedOn\":\"2021-04-01\",\"totalArea\":1,\"incubationArea\":5} | incubationArea",
    })
    void badInputIsA400NamingTheFieldAndStoresNothing(String label, String body, String field) throws Exception {
        long before = mongo.getCollection("carriers").countDocuments();

        HttpResponse<String> response = post(body, TestTokens.token("PROVINCE_ADMIN", "320000"), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("requestId").asString()).isNotBlank();
        assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
                .contains(field);
        assertThat(mongo.getCollection("carriers").countDocuments()).isEqualTo(before);
    }

    @Test
    void aCityOfficerCannotRegisterOutsideItsCity() throws Exception {
        long before = mongo.getCollection("carriers").countDocuments();

        HttpResponse<String> response = post(carrierJson("桐乡孵化器", "330483", "91350100M000100Y43"),
                TestTokens.token("CITY_OFFICER", "320900"), null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).get("region").asString()).isEqualTo("330483");
        assertThat(mongo.getCollection("carriers").countDocuments()).isEqualTo(before);
    }

    @Test
    void rolesWithoutRegistrationRightsAreRefused() throws Exception {
        HttpResponse<String> response = post(carrierJson("x", "320903", "91350100M000100Y43"),
                TestTokens.token("ANALYST", "320000"), null);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void noTokenIsA401Problem() throws Exception {
        HttpResponse<String> response = post(carrierJson("x", "320903", "91350100M000100Y43"), null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).get("type").asString()).isEqualTo(
                "urn:hatchery:problem:unauthenticated");
    }

    @Test
    void unknownCarrierIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/api/registry/carriers/" + UUID.randomUUID(),
                TestTokens.token("PROVINCE_ADMIN", "320000"));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstCarrier() throws Exception {
        String token = TestTokens.token("PROVINCE_ADMIN", "320000");
        String key = UUID.randomUUID().toString();
        String body = carrierJson("重试孵化器", "320902", "91350100M000100Y43");

        HttpResponse<String> first = post(body, token, key);
        HttpResponse<String> retry = post(body, token, key);
        HttpResponse<String> reuse = post(carrierJson("另一个", "320902", "91350100M000100Y43"), token, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(retry.body()).get("id")).isEqualTo(JSON.readTree(first.body()).get("id"));
        assertThat(reuse.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(reuse.body()).get("rule").asString()).isEqualTo("idempotency-key-reuse");
    }
}
