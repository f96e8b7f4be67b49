package io.hatchery.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
                    parseTime(required(headers, H_TIME)),
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

    /**
     * Reads an event time. Producers write {@code Instant.toString()} ({@code 2026-11-22T03:01:59.123456Z}), which
     * is read here directly: {@code Instant.parse} costs a tenth of decoding an event. Any other form takes the
     * general parser, with its errors.
     */
    public static Instant parseTime(String text) {
        int length = text.length();
        if (length < 20 || length == 21 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z' || (length > 20 && text.charAt(19) != '.')) {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = length > 20 ? digits(text, 20, length - 1) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > YearMonth.of(year, month)
                .lengthOfMonth() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || fraction < 0) {
            return Instant.parse(text);
        }
        for (int i = length - 1; i < 29; i++) {
            fraction *= 10;
        }
        long seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, fraction);
    }

    /** The decimal number in {@code text[from, to)}, or -1 when a character there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
