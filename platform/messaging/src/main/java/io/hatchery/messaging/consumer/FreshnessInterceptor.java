package io.hatchery.messaging.consumer;

import io.hatchery.contracts.EventEnvelope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.RecordInterceptor;

/** Records consumer freshness: how old each event is (now − its CloudEvents time) when the listener gets it. */
public class FreshnessInterceptor implements RecordInterceptor<Object, Object> {

    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public FreshnessInterceptor(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
            Consumer<Object, Object> consumer) {
        if (record.value() instanceof EventEnvelope<?> event) {
            timers.computeIfAbsent(record.topic(), topic -> Timer.builder("hatchery.consumer.freshness")
                            .description("Age of events when they reach the listener (now - event time)")
                            .tag("topic", topic)
                            .publishPercentiles(0.5, 0.99)
                            .register(meters))
                    .record(Duration.between(event.time(), clock.instant()));
        }
        return record;
    }
}
