package io.hatchery.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting in its aggregate's document to be published. The data is kept as the exact JSON that will be
 * published, so the relay needs no knowledge of event classes.
 */
public record OutboxEntry(
        UUID eventId,
        String type,
        String topic,
        String subject,
        Instant time,
        String dataschema,
        String region,
        long aggregateVersion,
        String actor,
        String traceparent,
        String data) {
}
