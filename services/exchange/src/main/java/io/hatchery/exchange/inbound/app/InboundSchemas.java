package io.hatchery.exchange.inbound.app;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.contracts.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Validates submitted data against the published JSON Schema of its type; problems name {@code data.<field>}. */
@Component
public class InboundSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12);

    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public List<FieldError> problems(EventType<?> type, JsonNode data) {
        Schema schema = schemas.computeIfAbsent(type.name(), ignored -> load(type));
        List<Error> errors = schema.validate(data, context -> context.executionConfig(config ->
                config.formatAssertionsEnabled(true)));
        return errors.stream().map(error -> new FieldError(field(error), error.getMessage())).toList();
    }

    private static String field(Error error) {
        String location = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString()
                .replaceFirst("^\\$", "").replace('/', '.');
        String path = location.isEmpty() || location.startsWith(".") || location.startsWith("[") ? "data" + location
                : "data." + location;
        return error.getProperty() != null && "required".equals(error.getKeyword())
                ? path + "." + error.getProperty() : path;
    }

    private static Schema load(EventType<?> type) {
        try (InputStream in = InboundSchemas.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("no schema for " + type);
            }
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
