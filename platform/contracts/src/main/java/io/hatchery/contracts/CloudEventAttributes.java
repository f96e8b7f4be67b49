package io.hatchery.contracts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The mapping of an envelope's attributes to Kafka headers in CloudEvents binary mode: every attribute is a
 * {@code ce_<name>} header, the payload is the record value, its media type the {@code content-type} header.
 */
public final class CloudEventAttributes {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public static final String H_SPEC_VERSION = "ce_specversion";
    public static final String H_ID = "ce_id";
    public static final String H_SOURCE = "ce_source";
    public static final String H_TYPE = "ce_type";
    public static final String H_SUBJECT = "ce_subject";
    public static final String H_TIME = "ce_time";
    public static final String H_DATASCHEMA = "ce_dataschema";
    public static final String H_REGION = "ce_region";
    public static final String H_AGGREGATE_VERSION = "ce_aggregateversion";
    public static final String H_ACTOR = "ce_actor";
    public static final String H_TRACEPARENT = "ce_traceparent";
    public static final String H_CONTENT_TYPE = "content-type";
    /** Plain W3C header as well, so that tracing instrumentation of consumers continues the command's trace. */
    public static final String H_W3C_TRACEPARENT = "traceparent";

    private CloudEventAttributes() {
    }

    /** The headers for an envelope, in a stable order; absent optional attributes produce no header. */
    public static Map<String, String> toHeaders(EventEnvelope<?> event) {
        return toHeaders(event.id(), event.source(), event.type(), event.subject(), event.time(), event.dataschema(),
                event.region(), event.aggregateVersion(), event.actor(), event.traceparent());
    }

    /** The headers for an event given attribute by attribute (e.g. from an outbox entry). */
    public static Map<String, String> toHeaders(UUID id, String source, String type, String subject, Instant time,
            String dataschema, String region, long aggregateVersion, String actor, String traceparent) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(H_SPEC_VERSION, SPEC_VERSION);
        headers.put(H_ID, id.toString());
        headers.put(H_SOURCE, source);
        headers.put(H_TYPE, type);
        headers.put(H_SUBJECT, subject);
        headers.put(H_TIME, time.toString());
        putIfPresent(headers, H_DATASCHEMA, dataschema);
        putIfPresent(headers, H_REGION, region);
        headers.put(H_AGGREGATE_VERSION, Long.toString(aggregateVersion));
        putIfPresent(headers, H_ACTOR, actor);
        putIfPresent(headers, H_TRACEPARENT, traceparent);
        putIfPresent(headers, H_W3C_TRACEPARENT, traceparent);
        headers.put(H_CONTENT_TYPE, CONTENT_TYPE);
        return headers;
    }

    /**
     * Reads the envelope attributes back from headers and joins them with the decoded payload.
     *
     * @throws MalformedEventException when a required attribute is missing or unreadable
     */
    public static <T extends DomainEvent> EventEnvelope<T> fromHeaders(Map<String, String> headers, T data) {
        String specVersion = required(headers, H_SPEC_VERSION);
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new MalformedEventException("unsupported CloudEvents specversion " + specVersion);
        }
        try {
            return new EventEnvelope<>(
                    UUID.fromString(required(headers, H_ID)),
                    required(headers, H_SOURCE),
                    required(headers, H_TYPE),
                    required(headers, H_SUBJECT),
                    Instant.parse(required(headers, H_TIME)),
                    headers.get(H_DATASCHEMA),
                    headers.get(H_REGION),
                    Long.parseLong(required(headers, H_AGGREGATE_VERSION)),
                    headers.get(H_ACTOR),
                    headers.get(H_TRACEPARENT),
                    data);
        } catch (RuntimeException e) {
            if (e instanceof MalformedEventException malformed) {
                throw malformed;
            }
            throw new MalformedEventException("unreadable CloudEvents attribute: " + e.getMessage(), e);
        }
    }

    public static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static void putIfPresent(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }
}
