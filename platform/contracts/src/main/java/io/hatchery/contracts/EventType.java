package io.hatchery.contracts;

/**
 * One versioned event type: its logical name, the record its data decodes into, and the topic it travels on.
 * Within a version only additive changes are allowed; a breaking change is a new type ({@code ...v2}).
 */
public record EventType<T extends DomainEvent>(String name, Class<T> dataClass, Topic topic) {

    private static final String SCHEMA_PREFIX = "urn:hatchery:schema:";

    public String dataschema() {
        return SCHEMA_PREFIX + name;
    }

    /** Classpath location of the JSON Schema of this type's data. */
    public String schemaResource() {
        return "/io/hatchery/contracts/schemas/" + name + ".schema.json";
    }

    /** Classpath location of a valid example of this type's data. */
    public String exampleResource() {
        return "/io/hatchery/contracts/examples/" + name + ".json";
    }

    @Override
    public String toString() {
        return name;
    }
}
