package io.hatchery.exchange.delivery.app;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.exchange.partner.app.PartnerService;
import io.hatchery.exchange.subscription.app.CloudEventsSql;
import io.hatchery.exchange.subscription.app.SubscriptionService;
import io.hatchery.exchange.subscription.domain.Subscription;
import io.hatchery.exchange.subscription.domain.SubscriptionStatus;
import io.hatchery.messaging.outbox.OutboxLease;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Runs a {@link Dispatcher} for every active push subscription, on the one instance that holds the lease
 * {@code exchange-delivery} (another replica takes over within the lease's time if it goes). Once a second it
 * compares the dispatchers with the subscriptions: a new one starts, a paused or deleted one stops, a changed or
 * rewound one starts over, a dispatcher that died starts again. Each sink has its own circuit breaker.
 */
@Service
public class DeliveryEngine implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);
    private static final long TICK_MS = 1_000;
    private static final int MAX_SUBSCRIPTIONS = 10_000;

    private final Dispatcher.Collaborators collaborators;
    private final SubscriptionService subscriptions;
    private final OutboxLease lease;
    private final CircuitBreakerRegistry breakers;
    private final Map<String, Dispatcher> dispatchers = new HashMap<>();
    private volatile boolean running;
    private Thread loop;

    DeliveryEngine(EventSources sources, Sinks sinks, DeadLetters deadLetters, DeliveryStates states,
            PartnerService partners, SubscriptionService subscriptions, CloudEventsSql sql, RegionCatalog regions,
            DeliveryMetrics metrics, DeliveryProperties properties, MongoTemplate mongo, Clock clock) {
        this.collaborators = new Dispatcher.Collaborators(sources, sinks, deadLetters, states, partners,
                subscriptions, sql, regions, metrics, properties, clock);
        this.subscriptions = subscriptions;
        this.lease = new OutboxLease(mongo, "exchange-delivery", ManagementFactory.getRuntimeMXBean().getName() + "-"
                + UUID.randomUUID().toString().substring(0, 8), Duration.ofSeconds(15), clock);
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED).slidingWindowSize(10)
                .minimumNumberOfCalls(3).failureRateThreshold(50)
                .waitDurationInOpenState(properties.circuitOpen())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(true).build());
    }

    @Override
    public void start() {
        running = true;
        loop = new Thread(this::run, "exchange-delivery-engine");
        loop.setDaemon(true);
        loop.start();
    }

    @Override
    public void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
            try {
                loop.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopAll();
        try {
            lease.release();
        } catch (RuntimeException e) {
            log.debug("Delivery lease not released ({}); it expires on its own", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The circuit state of a sink, as its breaker has it (CLOSED when it was never called). */
    public String circuit(String sink) {
        return breakers.find(sink).map(breaker -> breaker.getState().name()).orElse("CLOSED");
    }

    private void run() {
        while (running) {
            try {
                if (lease.holdOrAcquire()) {
                    reconcile();
                } else if (!dispatchers.isEmpty()) {
                    log.info("Another instance delivers the subscriptions now");
                    stopAll();
                }
            } catch (RuntimeException e) {
                log.warn("Delivery engine could not check the subscriptions ({}); trying again", e.toString());
            }
            try {
                Thread.sleep(TICK_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void reconcile() {
        Map<String, Subscription> wanted = new HashMap<>();
        for (Subscription subscription : subscriptions.live(MAX_SUBSCRIPTIONS)) {
            if (!subscription.isPull() && subscription.status() == SubscriptionStatus.ACTIVE) {
                wanted.put(subscription.id(), subscription);
            }
        }
        for (String id : Set.copyOf(dispatchers.keySet())) {
            Dispatcher running = dispatchers.get(id);
            Subscription now = wanted.get(id);
            if (now == null || !sameDelivery(running.subscription(), now) || !running.isAlive()) {
                running.stop();
                dispatchers.remove(id);
            }
        }
        wanted.forEach((id, subscription) -> dispatchers.computeIfAbsent(id, ignored -> {
            CircuitBreaker breaker = breakers.circuitBreaker(subscription.sink());
            Dispatcher dispatcher = new Dispatcher(subscription, collaborators, breaker);
            dispatcher.start();
            return dispatcher;
        }));
    }

    /** Everything that shapes delivery but the validation, which the dispatcher itself records. */
    private static boolean sameDelivery(Subscription running, Subscription now) {
        return running.rewinds() == now.rewinds() && Objects.equals(running.sink(), now.sink())
                && running.delivery().equals(now.delivery()) && running.types().equals(now.types())
                && running.filters().equals(now.filters()) && running.status() == now.status();
    }

    private void stopAll() {
        dispatchers.values().forEach(Dispatcher::stop);
        dispatchers.clear();
    }
}
