package io.hatchery.exchange.subscription.app;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import io.hatchery.contracts.EventEnvelope;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A platform event as subscriptions see it: its CloudEvents context attributes and extensions by name (as the
 * Kafka headers carry them), and the same as an SDK {@link CloudEvent} for CloudEvents SQL. Filters see attributes
 * only, never data: the data is redacted per receiver later, and a filter must not see what its partner may not get.
 */
public final class OutboundEvent {

    private final Map<String, String> attributes;
    private CloudEvent cloudEvent;

    public OutboundEvent(Map<String, String> attributes) {
        this.attributes = Map.copyOf(attributes);
    }

    /** The attributes an envelope travels with on Kafka. */
    public static OutboundEvent of(EventEnvelope<?> envelope) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("specversion", "1.0");
        attributes.put("id", envelope.id().toString());
        attributes.put("source", envelope.source());
        attributes.put("type", envelope.type());
        attributes.put("subject", envelope.subject());
        attributes.put("time", envelope.time().toString());
        if (envelope.dataschema() != null) {
            attributes.put("dataschema", envelope.dataschema());
        }
        if (envelope.region() != null) {
            attributes.put("region", envelope.region());
        }
        attributes.put("aggregateversion", Long.toString(envelope.aggregateVersion()));
        return new OutboundEvent(attributes);
    }

    public Function<String, String> attributes() {
        return attributes::get;
    }

    public synchronized CloudEvent asCloudEvent() {
        if (cloudEvent == null) {
            CloudEventBuilder builder = CloudEventBuilder.v1()
                    .withId(attributes.get("id"))
                    .withSource(URI.create(attributes.getOrDefault("source", "hatchery")))
                    .withType(attributes.get("type"));
            attributes.forEach((name, value) -> {
                switch (name) {
                    case "id", "source", "type", "specversion" -> {
                    }
                    case "subject" -> builder.withSubject(value);
                    case "time" -> {
                        try {
                            builder.withTime(OffsetDateTime.parse(value));
                        } catch (DateTimeParseException unreadable) {
                            // an expression on time fails on this event; the others still work
                        }
                    }
                    case "dataschema" -> builder.withDataSchema(URI.create(value));
                    default -> {
                        if (name.matches("[a-z0-9]{1,20}")) {
                            builder.withExtension(name, value);
                        }
                    }
                }
            });
            cloudEvent = builder.build();
        }
        return cloudEvent;
    }
}
