package io.hatchery.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.registry.support.Api;
import io.hatchery.registry.support.ApiTest;
import io.hatchery.testing.ServiceIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code If-Match} is read and documented in one place for every command that takes it. */
@ServiceIntegrationTest
class IfMatchApiTest extends ApiTest {

    private static final String CERTIFY = """
            {"level":"MUNICIPAL","authority":"盐城市科技局","effectiveDate":"2020-01-01"}""";

    @Test
    void everyCommandDocumentsIfMatchAsAnOptionalHeaderAndNothingElse() {
        JsonNode paths = api.get("/v3/api-docs", null).json().get("paths");
        List<String> commands = List.of("/api/registry/carriers/{id}/profile",
                "/api/registry/carriers/{id}/certifications", "/api/registry/firms/{id}/admission");
        for (String path : commands) {
            JsonNode operation = paths.get(path).has("put") ? paths.get(path).get("put") : paths.get(path).get("post");
            List<JsonNode> parameters = operation.get("parameters").valueStream().toList();
            assertThat(parameters).as(path)
                    .filteredOn(parameter -> parameter.get("name").asString().equals("If-Match"))
                    .singleElement().satisfies(parameter -> {
                        assertThat(parameter.get("in").asString()).isEqualTo("header");
                        assertThat(parameter.get("required").asBoolean()).isFalse();
                    });
            assertThat(parameters).as(path).extracting(parameter -> parameter.get("name").asString())
                    .doesNotContain("expectedVersion");
        }
    }

    @Test
    void aStaleVersionIsAConflictAndAMalformedOneNamesTheHeader() {
        String carrier = api.registerCarrier("盐都版本孵化器", "INCUBATOR", "320903", "2018-01-01", ADMIN);
        String path = "/api/registry/carriers/" + carrier + "/certifications";

        Api.Response malformed = api.post(path, ADMIN, CERTIFY, Map.of("If-Match", "\"one\""));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("If-Match");

        Api.Response stale = api.post(path, ADMIN, CERTIFY, Map.of("If-Match", "\"7\""));
        assertThat(stale.status()).isEqualTo(409);

        Api.Response current = api.post(path, ADMIN, CERTIFY, Map.of("If-Match", "W/\"1\""));
        assertThat(current.status()).as(current.body()).isEqualTo(200);
        assertThat(current.header("ETag")).isEqualTo("\"2\"");
    }
}
