package io.hatchery.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The data class of each field of an event type, read from the {@code x-data-class} keywords of its JSON Schema.
 * Paths name nested fields with dots ({@code profile.operator.uscc}); the fields of array items are named after
 * the array ({@code targets.indicator}).
 */
public final class DataClassification {

    private static final String KEYWORD = "x-data-class";
    private static final Map<String, Map<String, DataClass>> BY_TYPE = new ConcurrentHashMap<>();

    private DataClassification() {
    }

    /** Field path → data class, in schema order. */
    public static Map<String, DataClass> of(EventType<?> type) {
        return BY_TYPE.computeIfAbsent(type.name(), ignored -> read(type));
    }

    private static Map<String, DataClass> read(EventType<?> type) {
        try (InputStream in = DataClassification.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("no schema for " + type);
            }
            Map<String, DataClass> classes = new LinkedHashMap<>();
            collect(ContractJson.mapper().readTree(in), "", type, classes);
            return Collections.unmodifiableMap(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode schema, String prefix, EventType<?> type, Map<String, DataClass> classes) {
        JsonNode properties = schema.get("properties");
        if (properties == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            String path = prefix + property.getKey();
            JsonNode keyword = property.getValue().get(KEYWORD);
            if (keyword == null) {
                throw new IllegalStateException("field " + path + " of " + type + " has no " + KEYWORD);
            }
            classes.put(path, DataClass.valueOf(keyword.asString()));
            collect(property.getValue(), path + ".", type, classes);
            JsonNode items = property.getValue().get("items");
            if (items != null) {
                collect(items, path + ".", type, classes);
            }
        }
    }
}
