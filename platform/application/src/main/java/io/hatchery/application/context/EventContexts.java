package io.hatchery.application.context;

import io.hatchery.application.access.Actor;
import io.hatchery.persistence.EventContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

/** The event context of a command: the actor, and the W3C trace context of the request so traces span Kafka. */
public class EventContexts {

    private final Tracer tracer;

    public EventContexts(Tracer tracer) {
        this.tracer = tracer;
    }

    public EventContext of(Actor actor) {
        return new EventContext(actor.subject(), traceparent());
    }

    private String traceparent() {
        Span span = tracer == null ? null : tracer.currentSpan();
        if (span == null) {
            return null;
        }
        TraceContext context = span.context();
        boolean sampled = Boolean.TRUE.equals(context.sampled());
        return "00-" + context.traceId() + "-" + context.spanId() + "-" + (sampled ? "01" : "00");
    }
}
