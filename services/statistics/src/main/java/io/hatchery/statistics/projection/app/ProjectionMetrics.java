package io.hatchery.statistics.projection.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The projection's meters: lag, events applied, checkpoint age, and how old events are when they arrive. */
final class ProjectionMetrics {

    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Timer> freshness = new ConcurrentHashMap<>();

    /** @param status the engine's status, read at every scrape (held strongly: gauges hold weakly by default) */
    ProjectionMetrics(MeterRegistry meters, Clock clock, Supplier<ProjectionEngine.Status> status) {
        this.meters = meters;
        this.clock = clock;
        Gauge.builder("hatchery.statistics.lag", status, current -> current.get().lag())
                .description("Events on the domain topics not yet applied to the served figures").strongReference(true)
                .register(meters);
        Gauge.builder("hatchery.statistics.events.applied", status, current -> current.get().eventsApplied())
                .description("Events applied by the serving generation since it started").strongReference(true)
                .register(meters);
        Gauge.builder("hatchery.statistics.events.rejected", status, current -> current.get().eventsRejected())
                .description("Events the serving generation could not apply and sent to the dead letters")
                .strongReference(true).register(meters);
        Gauge.builder("hatchery.statistics.checkpoint.age", status,
                        current -> Duration.between(current.get().lastCheckpoint(), clock.instant()).toSeconds())
                .description("Seconds since the last checkpoint").baseUnit("seconds").strongReference(true)
                .register(meters);
    }

    void freshness(String topic, Instant eventTime) {
        freshness.computeIfAbsent(topic, t -> Timer.builder("hatchery.consumer.freshness")
                        .description("Age of events when they reach the projection")
                        .tag("topic", t).publishPercentiles(0.5, 0.99).register(meters))
                .record(Duration.between(eventTime, clock.instant()));
    }
}
