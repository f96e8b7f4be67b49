package io.hatchery.contracts.kafka;

import io.hatchery.contracts.CloudEventAttributes;
import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.MalformedEventException;
import io.hatchery.contracts.UnknownEvent;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a CloudEvents binary-mode record into an envelope with typed data. Types unknown to this build become
 * {@link UnknownEvent}; records without the attributes or with data that breaks the contract throw
 * {@link MalformedEventException} (put an {@code ErrorHandlingDeserializer} in front to dead-letter them).
 */
public class CloudEventDeserializer implements Deserializer<EventEnvelope<?>> {

    @Override
    public EventEnvelope<?> deserialize(String topic, byte[] data) {
        throw new MalformedEventException("record on " + topic + " has no CloudEvents headers");
    }

    @Override
    public EventEnvelope<?> deserialize(String topic, Headers headers, byte[] data) {
        Map<String, String> attributes = readHeaders(headers);
        String type = CloudEventAttributes.required(attributes, CloudEventAttributes.H_TYPE);
        DomainEvent payload = EventCatalog.decode(type, data).orElseGet(() -> new UnknownEvent(type));
        return CloudEventAttributes.fromHeaders(attributes, payload);
    }

    /** The CloudEvents attributes ({@code ce_*} headers); other headers, such as the plain W3C trace, are not read. */
    public static Map<String, String> readHeaders(Headers headers) {
        Map<String, String> attributes = new HashMap<>(32);
        for (Header header : headers) {
            if (header.value() != null && header.key().startsWith("ce_")) {
                attributes.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return attributes;
    }
}
