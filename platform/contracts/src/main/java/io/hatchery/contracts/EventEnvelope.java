package io.hatchery.contracts;

import io.hatchery.contracts.identity.RandomUuids;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event as Hatchery publishes it: the context attributes plus Hatchery's extensions
 * ({@code region}, {@code aggregateversion}, {@code actor}, {@code traceparent}) around a typed payload.
 *
 * @param id               unique per event; consumers may use it to spot exact duplicates
 * @param source           {@code hatchery/<service>}
 * @param type             logical event type name, for example {@code hatchery.registry.carrier.registered.v1}
 * @param subject          id of the aggregate the event belongs to; also the Kafka key
 * @param time             when the event was recorded (not when it took effect: see {@link DomainEvent#effectiveDate()})
 * @param dataschema       URI of the JSON Schema of {@code data}
 * @param region           statistical region code of the aggregate
 * @param aggregateVersion version of the aggregate after this event; strictly increasing per aggregate
 * @param actor            who caused the event (JWT subject, or {@code system:<service>})
 * @param traceparent      W3C trace context of the command that caused the event, may be null
 * @param data             the payload
 */
public record EventEnvelope<T extends DomainEvent>(
        UUID id,
        String source,
        String type,
        String subject,
        Instant time,
        String dataschema,
        String region,
        long aggregateVersion,
        String actor,
        String traceparent,
        T data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (aggregateVersion < 1) {
            throw new IllegalArgumentException("aggregateVersion must be at least 1, was " + aggregateVersion);
        }
    }

    /** A new event of the given type, with a fresh id and the current time. */
    public static <T extends DomainEvent> EventEnvelope<T> of(EventType<T> type, String source, String subject,
            String region, long aggregateVersion, String actor, String traceparent, T data, Instant time) {
        return new EventEnvelope<>(RandomUuids.next(), source, type.name(), subject, time, type.dataschema(), region,
                aggregateVersion, actor, traceparent, data);
    }
}
