package io.hatchery.exchange.delivery.app;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.exchange.partner.app.PartnerService;
import io.hatchery.exchange.partner.domain.Partner;
import io.hatchery.exchange.partner.domain.PartnerRules;
import io.hatchery.exchange.subscription.app.CloudEventsSql;
import io.hatchery.exchange.subscription.app.SubscriptionService;
import io.hatchery.exchange.subscription.domain.Delivery;
import io.hatchery.exchange.subscription.domain.Subscription;
import io.hatchery.exchange.subscription.domain.Validation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one push subscription, on a thread of its own: validates the sink once (the CloudEvents webhook
 * handshake), then reads the platform's topics from the subscription's position, selects, redacts, signs and
 * POSTs, in order, one request at a time. A request that fails is retried with exponential backoff and jitter;
 * after its last attempt its events go to the dead letters and delivery goes on. Calls go through the sink's
 * circuit breaker: while it is open nothing is sent and no attempt is used up, and one trial call decides when it
 * half-opens, so a sink that is down costs each event its attempts at the breaker's pace, not a burst of refusals. The
 * position moves only past events that were delivered or dead-lettered, so a crash delivers again what was in flight
 * (at least once; receivers deduplicate by the CloudEvents id).
 */
final class Dispatcher implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final long SAVE_EVERY_MS = 1_000;
    private static final long CIRCUIT_WAIT_MS = 200;

    private final Subscription subscription;
    private final Collaborators with;
    private final CircuitBreaker breaker;
    private final IntervalFunction backoff;
    private final byte[] secret;
    private volatile boolean running = true;
    private volatile Thread thread;
    private DeliveryState state;
    private Partner partner;
    private Set<String> jurisdiction = Set.of();
    private long nextPartnerRefresh;

    /** What every dispatcher works with. */
    record Collaborators(EventSources sources, Sinks sinks, DeadLetters deadLetters, DeliveryStates states,
            PartnerService partners, SubscriptionService subscriptions, CloudEventsSql sql, RegionCatalog regions,
            DeliveryMetrics metrics, DeliveryProperties properties, Clock clock) {
    }

    Dispatcher(Subscription subscription, Collaborators with, CircuitBreaker breaker) {
        this.subscription = subscription;
        this.with = with;
        this.breaker = breaker;
        this.secret = with.subscriptions().secretOf(subscription).getBytes(StandardCharsets.UTF_8);
        Delivery delivery = subscription.delivery();
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(delivery.initialBackoffMs()),
                2.0, 0.5, Duration.ofMillis(delivery.maxBackoffMs()));
    }

    Subscription subscription() {
        return subscription;
    }

    void start() {
        thread = new Thread(this, "exchange-delivery-" + subscription.id());
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isAlive() {
        Thread current = thread;
        return current != null && current.isAlive();
    }

    @Override
    public void run() {
        try {
            if (subscription.validation() == Validation.PENDING && !validate()) {
                return;
            }
            state = with.states().find(subscription.id())
                    .filter(saved -> saved.rewinds() == subscription.rewinds())
                    .orElse(DeliveryState.initial(subscription.id(), subscription.rewinds()));
            refreshPartner();
            Set<String> topics = topicsToRead();
            try (EventSource source = with.sources().open(subscription.id(), topics, state.position(),
                    subscription.startFrom())) {
                long nextSave = 0;
                long nextLag = 0;
                while (running) {
                    List<EventSource.Read> reads = source.poll(500);
                    if (!reads.isEmpty() && !deliver(select(reads))) {
                        return;
                    }
                    if (System.currentTimeMillis() >= nextPartnerRefresh) {
                        refreshPartner();
                        if (!topicsToRead().equals(topics)) {
                            startNewTopicsNow(topics, source.position());
                            return;
                        }
                    }
                    long now = System.currentTimeMillis();
                    if (now >= nextLag) {
                        long lag = source.lag();
                        with.metrics().lag(subscription.id(), lag);
                        state = copy(state, source.position(), lag);
                        nextLag = now + SAVE_EVERY_MS;
                    }
                    state = copy(state, source.position(), state.lag());
                    // at most once a second: a crash delivers again what came since (receivers deduplicate by id)
                    if (now >= nextSave) {
                        with.states().save(state);
                        nextSave = now + SAVE_EVERY_MS;
                    }
                }
                // stopped between polls: everything read was settled
                with.states().save(state);
            }
        } catch (RuntimeException e) {
            if (running) {
                log.warn("Delivery of subscription {} stopped ({}); it starts again shortly", subscription.id(),
                        e.toString());
            }
        }
    }

    /** The handshake, repeated with a growing pause until the sink allows deliveries or the dispatcher stops. */
    private boolean validate() {
        long pause = 1_000;
        while (running) {
            Sinks.Answer answer = with.sinks().handshake(URI.create(subscription.sink()),
                    with.properties().origin());
            String allowed = answer.allowedOrigin();
            if (answer.isSuccess() && allowed != null && (allowed.equals("*")
                    || allowed.equals(with.properties().origin()))) {
                with.subscriptions().markValidated(subscription.id());
                log.info("Sink of subscription {} allowed deliveries from {}", subscription.id(), allowed);
                return true;
            }
            log.info("Sink of subscription {} did not allow deliveries yet ({}); asking again in {} ms",
                    subscription.id(), answer.detail(), pause);
            if (!sleep(pause)) {
                return false;
            }
            pause = Math.min(pause * 2, with.properties().handshakeBackoff().toMillis());
        }
        return false;
    }

    /** The topics of the subscription's types, or of every type its partner is entitled to when it names none. */
    private Set<String> topicsToRead() {
        return PartnerRules.topicsOf(subscription.types().isEmpty() ? partner.entitlements().eventTypes()
                : subscription.types());
    }

    /**
     * The partner was entitled to types on other topics: the position is saved with the new topics' partitions at
     * their current ends (the newly entitled types are delivered from now on, not from the subscription's start), and
     * this dispatcher ends; the engine starts the next one over every topic within a second.
     */
    private void startNewTopicsNow(Set<String> reading, Position position) {
        Set<String> added = new HashSet<>(topicsToRead());
        added.removeAll(reading);
        Map<String, Long> offsets = new HashMap<>(position.offsets());
        if (!added.isEmpty()) {
            try (EventSource now = with.sources().open(subscription.id() + "-entitled", added,
                    new Position(Map.of()), with.clock().instant())) {
                offsets.putAll(now.position().offsets());
            }
        }
        state = copy(state, new Position(offsets), state.lag());
        with.states().save(state);
        log.info("Partner {}'s entitlements changed; subscription {} reads {} from now on", partner.id(),
                subscription.id(), topicsToRead());
    }

    /** Reads the partner again (entitlements and jurisdiction may change), at most once a second. */
    private void refreshPartner() {
        nextPartnerRefresh = System.currentTimeMillis() + SAVE_EVERY_MS;
        Partner current = with.partners().find(subscription.partnerId()).orElse(null);
        if (current == null) {
            throw new IllegalStateException("partner " + subscription.partnerId() + " no longer exists");
        }
        if (partner == null || !current.jurisdiction().equals(partner.jurisdiction())) {
            jurisdiction = new HashSet<>(with.regions().subtreeCodes(current.jurisdiction()));
        }
        partner = current;
    }

    private List<DeliveredEvent> select(List<EventSource.Read> reads) {
        List<DeliveredEvent> selected = new ArrayList<>();
        for (EventSource.Read read : reads) {
            read.deliverableTo(subscription, partner, jurisdiction, with.sql()).ifPresent(selected::add);
        }
        return selected;
    }

    /** @return false when the dispatcher was stopped before every event was settled */
    private boolean deliver(List<DeliveredEvent> events) {
        int size = subscription.delivery().batchSize();
        for (int from = 0; from < events.size(); from += size) {
            if (!deliverRequest(events.subList(from, Math.min(events.size(), from + size)))) {
                return false;
            }
        }
        return true;
    }

    private boolean deliverRequest(List<DeliveredEvent> events) {
        URI sink = URI.create(subscription.sink());
        int attempt = 0;
        while (running) {
            if (!breaker.tryAcquirePermission()) {
                // The sink's circuit is open: no call is made and no attempt is used up; the events wait until the
                // breaker lets a trial call through.
                state = withError(state, "circuit open for " + sink.getHost());
                if (!sleep(CIRCUIT_WAIT_MS)) {
                    return false;
                }
                continue;
            }
            attempt++;
            Sinks.Answer answer = call(sink, events);
            if (answer.isSuccess()) {
                Instant now = with.clock().instant();
                events.forEach(event -> with.metrics().latency(subscription.id(), Duration.between(event.time(), now)));
                with.metrics().delivered(subscription.id(), events.size());
                long latency = Duration.between(events.get(events.size() - 1).time(), now).toMillis();
                state = new DeliveryState(state.subscriptionId(), state.rewinds(), state.position(),
                        state.delivered() + events.size(), state.failures(), state.deadLettered(), state.lag(), now,
                        latency, breaker.getState().name(), state.lastError(), now);
                return true;
            }
            with.metrics().failed(subscription.id());
            state = new DeliveryState(state.subscriptionId(), state.rewinds(), state.position(), state.delivered(),
                    state.failures() + 1, state.deadLettered(), state.lag(), state.lastDeliveredAt(),
                    state.lastLatencyMs(), breaker.getState().name(), answer.detail(), with.clock().instant());
            if (answer.isPermanentFailure() || attempt >= subscription.delivery().maxAttempts()) {
                Instant now = with.clock().instant();
                String reason = answer.detail() + " after " + attempt + " attempt(s)";
                int attempts = attempt;
                events.forEach(event -> with.deadLetters().add(subscription.id(), event, reason, attempts, now));
                with.metrics().deadLettered(subscription.id(), events.size());
                state = new DeliveryState(state.subscriptionId(), state.rewinds(), state.position(), state.delivered(),
                        state.failures(), state.deadLettered() + events.size(), state.lag(), state.lastDeliveredAt(),
                        state.lastLatencyMs(), breaker.getState().name(), reason, now);
                log.warn("Subscription {}: {} event(s) to the dead letters ({})", subscription.id(), events.size(),
                        reason);
                return true;
            }
            if (!sleep(backoff.apply(attempt))) {
                return false;
            }
        }
        return false;
    }

    /** One call, its outcome recorded by the sink's circuit breaker (a permanent refusal is the sink working). */
    private Sinks.Answer call(URI sink, List<DeliveredEvent> events) {
        WebhookRequest request = WebhookRequest.signed(events, subscription.delivery().batchSize() > 1,
                subscription.delivery().format(), subscription.id(), secret, with.properties().origin(),
                with.clock().instant().getEpochSecond());
        long started = System.nanoTime();
        Sinks.Answer answer = with.sinks().post(sink, request.headers(), request.body());
        long took = System.nanoTime() - started;
        if (answer.isSuccess() || answer.isPermanentFailure()) {
            breaker.onSuccess(took, TimeUnit.NANOSECONDS);
        } else {
            breaker.onError(took, TimeUnit.NANOSECONDS, new IllegalStateException(answer.detail()));
        }
        return answer;
    }

    private DeliveryState withError(DeliveryState current, String error) {
        return new DeliveryState(current.subscriptionId(), current.rewinds(), current.position(), current.delivered(),
                current.failures(), current.deadLettered(), current.lag(), current.lastDeliveredAt(),
                current.lastLatencyMs(), breaker.getState().name(), error, with.clock().instant());
    }

    private DeliveryState copy(DeliveryState current, Position position, long lag) {
        return new DeliveryState(current.subscriptionId(), current.rewinds(), position, current.delivered(),
                current.failures(), current.deadLettered(), lag, current.lastDeliveredAt(), current.lastLatencyMs(),
                breaker.getState().name(), current.lastError(), with.clock().instant());
    }

    private boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
