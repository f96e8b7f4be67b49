package io.hatchery.exchange.delivery.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Per-subscription delivery metrics: {@code hatchery_exchange_deliveries_total{subscription,outcome}} (delivered,
 * failed, dead_lettered), {@code hatchery_exchange_delivery_latency_seconds{subscription}} from publication to the
 * sink's acknowledgement, and {@code hatchery_exchange_subscription_lag{subscription}}.
 */
@Component
public class DeliveryMetrics {

    private final MeterRegistry meters;
    private final Map<String, AtomicLong> lags = new ConcurrentHashMap<>();
    private final Map<String, Timer> latencies = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public DeliveryMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void delivered(String subscription, int events) {
        counter(subscription, "delivered").increment(events);
    }

    void failed(String subscription) {
        counter(subscription, "failed").increment();
    }

    void deadLettered(String subscription, int events) {
        counter(subscription, "dead_lettered").increment(events);
    }

    void latency(String subscription, Duration latency) {
        latencies.computeIfAbsent(subscription, id -> Timer.builder("hatchery.exchange.delivery.latency")
                .tag("subscription", id).description("From an event's publication to the sink's acknowledgement")
                .publishPercentiles(0.5, 0.99).register(meters)).record(latency);
    }

    void lag(String subscription, long lag) {
        lags.computeIfAbsent(subscription, id -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("hatchery.exchange.subscription.lag", value, AtomicLong::get).tag("subscription", id)
                    .description("Events on the subscription's topics not yet read").register(meters);
            return value;
        }).set(lag);
    }

    private Counter counter(String subscription, String outcome) {
        return counters.computeIfAbsent(subscription + "|" + outcome, key -> Counter
                .builder("hatchery.exchange.deliveries").tag("subscription", subscription).tag("outcome", outcome)
                .description("Events delivered, failed attempts, events dead-lettered").register(meters));
    }
}
