package io.hatchery.exchange.subscription.domain;

/**
 * How a push subscription is delivered (after Azure Event Grid's retry policy and the CloudEvents HTTP binding).
 *
 * @param format           BINARY (one event per request, attributes as {@code ce-} headers) or STRUCTURED
 *                         ({@code application/cloudevents+json}, or {@code application/cloudevents-batch+json}
 *                         when batched)
 * @param batchSize        events per request, 1 to 100; above 1 the format is a structured batch
 * @param maxAttempts      attempts per request before its events go to the dead letters, 1 to 20
 * @param initialBackoffMs the first pause between attempts; it doubles, with jitter, up to {@code maxBackoffMs}
 */
public record Delivery(Format format, int batchSize, int maxAttempts, long initialBackoffMs, long maxBackoffMs) {

    /** The default: one structured event per request, 8 attempts from 1 s doubling to a minute. */
    public static final Delivery DEFAULT = new Delivery(Format.STRUCTURED, 1, 8, 1_000, 60_000);

    /** How events are put on the wire. */
    public enum Format {
        BINARY,
        STRUCTURED
    }
}
