package io.hatchery.exchange.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.DataClass;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.exchange.ExchangeEvents;
import io.hatchery.exchange.delivery.app.DeliveredEvent;
import io.hatchery.exchange.support.ExchangeApi;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue: every outbound and inbound type with its schema, example, data classes and who may receive or send
 * it; the AsyncAPI document and the schemas it refers to. And what no partner ever receives: personal data.
 */
@ServiceIntegrationTest
class CatalogueApiTest {

    /** Fields that would be personal data whoever they were about; a name is, in an event about a person. */
    private static final Set<String> PERSONAL_OF_ANYONE = Set.of("idNumber", "documentNumber", "residentId",
            "passport", "phone", "mobile", "email", "birthDate");

    @LocalServerPort
    int port;

    @Test
    void theCatalogueListsEveryTypeWithItsContractAndItsReceiversAsTheCallerMaySeeThem() {
        ExchangeApi api = new ExchangeApi(port);
        String partner = api.partner("320900", false, "hatchery.registry.firm.exited.v1");

        JsonNode asAdmin = api.get("/catalogue", ExchangeApi.admin()).json();
        JsonNode asPartner = api.get("/catalogue", TestTokens.partnerToken(partner, "320900")).json();

        long outboundTypes = EventCatalog.all().stream().filter(type -> !ExchangeEvents.ADMINISTRATION.contains(type))
                .count();
        assertThat(asAdmin.get("outbound").size()).isEqualTo(outboundTypes);
        assertThat(asAdmin.get("inbound").size()).isEqualTo(ExchangeEvents.ALL.size());
        JsonNode exited = entry(asAdmin.get("outbound"), "hatchery.registry.firm.exited.v1");
        assertThat(exited.get("publisher").asString()).isEqualTo("registry");
        assertThat(exited.get("dataClasses").get("note").asString()).isEqualTo("RESTRICTED");
        assertThat(exited.get("schema").get("$id").asString())
                .isEqualTo("urn:hatchery:schema:hatchery.registry.firm.exited.v1");
        assertThat(exited.get("example").get("firmId")).isNotNull();
        assertThat(exited.get("receivers").valueStream().map(JsonNode::asString).toList()).contains(partner);
        assertThat(entry(asPartner.get("outbound"), "hatchery.registry.firm.exited.v1").get("receivers")
                .valueStream().map(JsonNode::asString).toList()).as("a partner sees itself only")
                .containsExactly(partner);
        JsonNode revenue = entry(asAdmin.get("inbound"), "hatchery.exchange.firm.revenue-reported.v1");
        assertThat(revenue.get("topic").asString()).isEqualTo(Topics.EXCHANGE_INBOUND.name());
        assertThat(revenue.get("senders").valueStream().map(JsonNode::asString).toList()).contains(partner);
    }

    @Test
    void theAsyncApiDocumentAndTheSchemasItRefersToAreServed() {
        ExchangeApi api = new ExchangeApi(port);
        String token = TestTokens.token("ANALYST", "320900");

        ExchangeApi.Response document = api.get("/asyncapi.yaml", token);
        ExchangeApi.Response schema = api.get("/schemas/hatchery.exchange.firm.revenue-reported.v1.schema.json", token);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type").orElse("")).startsWith("application/yaml");
        assertThat(document.body()).startsWith("asyncapi: 3.0.0").contains("hatchery.exchange.inbound");
        assertThat(schema.json().get("title").asString()).isEqualTo("FirmRevenueReported");
        assertThat(api.get("/schemas/nosuch.schema.json", token).status()).isEqualTo(404);
        assertThat(api.get("/schemas/..%2Fsecret", token).status()).isEqualTo(400);
        assertThat(api.get("/catalogue", null).status()).isEqualTo(401);
    }

    @Test
    void noEventAPartnerCanReceiveCarriesPersonalDataEvenWithEveryDataClass() throws Exception {
        for (EventType<?> type : EventCatalog.all()) {
            JsonNode delivered = DeliveredEvent.of(example(type), EnumSet.allOf(DataClass.class)).structured()
                    .get("data");
            List<String> fields = fieldNames(delivered, "").stream().map(path -> path.replaceAll(".*\\.", ""))
                    .toList();
            assertThat(fields).as(type.name()).noneMatch(PERSONAL_OF_ANYONE::contains);
            if (type.topic().equals(Topics.TALENT_TALENTS)) {
                assertThat(fields).as(type.name() + ", an event about a person").doesNotContain("name");
            }
        }
    }

    private static <T extends DomainEvent> EventEnvelope<T> example(EventType<T> type) throws Exception {
        try (InputStream in = CatalogueApiTest.class.getResourceAsStream(type.exampleResource())) {
            T data = type.dataClass().cast(EventCatalog.decode(type.name(), in.readAllBytes()).orElseThrow());
            return EventEnvelope.of(type, "hatchery/test", "subject-1", "320902", 1, "test", null, data,
                    Instant.now());
        }
    }

    private static List<String> fieldNames(JsonNode node, String prefix) {
        List<String> names = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(field -> {
                names.add(prefix + field.getKey());
                names.addAll(fieldNames(field.getValue(), prefix + field.getKey() + "."));
            });
        }
        return names;
    }

    private static JsonNode entry(JsonNode entries, String type) {
        return entries.valueStream().filter(entry -> entry.get("type").asString().equals(type)).findFirst()
                .orElseThrow();
    }
}
