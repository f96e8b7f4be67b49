package io.hatchery.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Every event type has a schema and a valid example, and the example survives a trip through its record. */
class EventContractTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Stream<EventType<?>> eventTypes() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void exampleIsValidAgainstSchema(EventType<?> type) throws IOException {
        assertThat(validate(type, read(type.exampleResource()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void exampleRoundTripsThroughRecord(EventType<?> type) throws IOException {
        JsonNode example = read(type.exampleResource());
        byte[] bytes = ContractJson.mapper().writeValueAsBytes(example);

        DomainEvent decoded = EventCatalog.decode(type.name(), bytes).orElseThrow();
        JsonNode reencoded = ContractJson.mapper().readTree(EventCatalog.encode(decoded));

        assertThat(decoded).isInstanceOf(type.dataClass());
        assertThat(reencoded).isEqualTo(example);
        assertThat(validate(type, reencoded)).isEmpty();
        assertThat(EventCatalog.typeOf(decoded)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void schemaRequiresEffectiveDate(EventType<?> type) throws IOException {
        ObjectNode withoutDate = (ObjectNode) read(type.exampleResource());
        withoutDate.remove("effectiveDate");

        assertThat(validate(type, withoutDate)).extracting(Error::getMessage)
                .anySatisfy(message -> assertThat(message).contains("effectiveDate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void schemaIdMatchesDataschemaAttribute(EventType<?> type) throws IOException {
        assertThat(read(type.schemaResource()).get("$id").asString()).isEqualTo(type.dataschema());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void everyFieldCarriesADataClass(EventType<?> type) throws IOException {
        Set<String> fields = new java.util.LinkedHashSet<>();
        fieldPaths(read(type.schemaResource()), "", fields);

        assertThat(DataClassification.of(type)).containsOnlyKeys(fields);
    }

    @Test
    void noEventCarriesPersonalDataOfPeople() {
        Set<String> personal = Set.of("idNumber", "residentId", "passport", "phone", "mobile", "email", "birthDate",
                "personName", "fullName");
        assertThat(EventCatalog.all()).allSatisfy(type -> assertThat(DataClassification.of(type).keySet())
                .as(type.name()).noneMatch(path -> personal.contains(path.replaceAll(".*\\.", ""))));
        assertThat(EventCatalog.onTopic(Topics.TALENT_TALENTS)).as("events about people").isNotEmpty()
                .allSatisfy(type -> assertThat(DataClassification.of(type)).as(type.name()).doesNotContainKey("name"));
    }

    @Test
    void everyTypeTravelsOnACatalogueTopic() {
        assertThat(EventCatalog.all()).allSatisfy(type -> assertThat(Topics.all()).contains(type.topic()));
    }

    @Test
    void asyncApiDocumentListsExactlyTheCatalogue() throws IOException {
        JsonNode asyncApi;
        try (InputStream in = getClass().getResourceAsStream("/io/hatchery/contracts/asyncapi.yaml")) {
            asyncApi = new YAMLMapper().readTree(in);
        }
        Set<String> documentedTypes = asyncApi.get("components").get("messages").valueStream()
                .map(message -> message.get("name").asString())
                .collect(Collectors.toSet());
        Set<String> documentedTopics = asyncApi.get("channels").valueStream()
                .map(channel -> channel.get("address").asString())
                .collect(Collectors.toSet());

        assertThat(documentedTypes)
                .containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream().map(EventType::name).toList());
        assertThat(documentedTopics)
                .containsExactlyInAnyOrderElementsOf(Topics.all().stream().map(Topic::name).toList());
        for (Map.Entry<String, JsonNode> channel : asyncApi.get("channels").properties()) {
            Topic topic = Topics.byName(channel.getValue().get("address").asString()).orElseThrow();
            JsonNode messages = channel.getValue().get("messages");
            List<String> onChannel = messages == null ? List.of() : messages.valueStream()
                    .map(ref -> ref.get("$ref").asString().replaceAll(".*/", ""))
                    .toList();
            assertThat(onChannel).containsExactlyInAnyOrderElementsOf(EventCatalog.onTopic(topic).stream()
                    .map(type -> type.name().replaceAll("[^A-Za-z0-9]", "_"))
                    .toList());
        }
    }

    @Test
    void unknownTypesDecodeToNothing() {
        assertThat(EventCatalog.decode("hatchery.registry.carrier.teleported.v9", "{}".getBytes())).isEmpty();
    }

    @Test
    void dataThatDoesNotFitItsTypeIsMalformed() {
        assertThatThrownBy(() -> EventCatalog.decode("hatchery.registry.carrier.certified.v1",
                "{\"carrierId\":\"c1\",\"level\":\"GALACTIC\"}".getBytes()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("hatchery.registry.carrier.certified.v1");
        assertThatThrownBy(() -> EventCatalog.decode("hatchery.registry.carrier.certified.v1", "not json".getBytes()))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void unknownFieldsAreIgnored() {
        byte[] json = ("{\"carrierId\":\"c1\",\"designation\":\"BENCHMARK\",\"effectiveDate\":\"2024-01-02\","
                + "\"addedInALaterRevision\":42}").getBytes();

        assertThat(EventCatalog.decode("hatchery.registry.carrier.designated.v1", json)).isPresent();
    }

    private static List<Error> validate(EventType<?> type, JsonNode data) throws IOException {
        Schema schema;
        try (InputStream in = EventContractTest.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema of %s", type).isNotNull();
            schema = SCHEMAS.getSchema(in);
        }
        return schema.validate(data, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }

    private static void fieldPaths(JsonNode schema, String prefix, Set<String> paths) {
        JsonNode properties = schema.get("properties");
        if (properties == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            paths.add(prefix + property.getKey());
            fieldPaths(property.getValue(), prefix + property.getKey() + ".", paths);
            if (property.getValue().has("items")) {
                fieldPaths(property.getValue().get("items"), prefix + property.getKey() + ".", paths);
            }
        }
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = EventContractTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return ContractJson.mapper().readTree(in);
        }
    }
}
