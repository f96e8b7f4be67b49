package io.hatchery.exchange.subscription.app;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.hatchery.contracts.EventEnvelope;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A platform event as subscriptions see it: its CloudEvents context attributes and extensions by name, and the
 * same as an SDK {@link CloudEvent} for CloudEvents SQL. Filters see attributes only, never data.
 */
public final class OutboundEvent {

    private final EventEnvelope<?> envelope;
    private final Map<String, String> attributes = new HashMap<>();
    private CloudEvent cloudEvent;

    public OutboundEvent(EventEnvelope<?> envelope) {
        this.envelope = envelope;
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
    }

    public EventEnvelope<?> envelope() {
        return envelope;
    }

    public Function<String, String> attributes() {
        return attributes::get;
    }

    /** Attributes only: the data is redacted per receiver later, and filters must not see what it may not get. */
    public synchronized CloudEvent asCloudEvent() {
        if (cloudEvent == null) {
            CloudEventBuilder builder = CloudEventBuilder.v1()
                    .withId(envelope.id().toString())
                    .withSource(URI.create(envelope.source()))
                    .withType(envelope.type())
                    .withSubject(envelope.subject())
                    .withTime(envelope.time().atOffset(ZoneOffset.UTC))
                    .withExtension("aggregateversion", envelope.aggregateVersion());
            if (envelope.dataschema() != null) {
                builder.withDataSchema(URI.create(envelope.dataschema()));
            }
            if (envelope.region() != null) {
                builder.withExtension("region", envelope.region());
            }
            cloudEvent = builder.build();
        }
        return cloudEvent;
    }
}
