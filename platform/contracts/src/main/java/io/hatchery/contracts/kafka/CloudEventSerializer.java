package io.hatchery.contracts.kafka;

import io.hatchery.contracts.CloudEventAttributes;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/** Writes an envelope in CloudEvents binary mode: attributes into {@code ce_*} headers, data as the value. */
public class CloudEventSerializer implements Serializer<EventEnvelope<?>> {

    @Override
    public byte[] serialize(String topic, EventEnvelope<?> event) {
        throw new IllegalStateException("CloudEvents binary mode needs record headers");
    }

    @Override
    public byte[] serialize(String topic, Headers headers, EventEnvelope<?> event) {
        if (event == null) {
            return null;
        }
        writeHeaders(headers, CloudEventAttributes.toHeaders(event));
        return EventCatalog.encode(event.data());
    }

    /** Sets the headers, replacing earlier values of the same names (e.g. when a record is re-published). */
    public static void writeHeaders(Headers headers, Map<String, String> attributes) {
        attributes.forEach((name, value) -> {
            headers.remove(name);
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        });
    }
}
