package io.hatchery.exchange.delivery.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Page;
import io.hatchery.application.refusal.BusinessRuleViolation;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;

/**
 * What partners and administrators ask of delivery: a subscription's status, its dead letters and their re-drive,
 * and the pull API for partners that cannot expose a webhook.
 */
@Service
public class DeliveryService {

    /** The most a pull waits for events before it answers with what it has. */
    static final long PULL_BUDGET_MS = 2_000;

    private final SubscriptionService subscriptions;
    private final PartnerService partners;
    private final DeliveryStates states;
    private final DeadLetters deadLetters;
    private final EventSources sources;
    private final Sinks sinks;
    private final CloudEventsSql sql;
    private final RegionCatalog regions;
    private final DeliveryEngine engine;
    private final DeliveryProperties properties;
    private final Clock clock;

    public DeliveryService(SubscriptionService subscriptions, PartnerService partners, DeliveryStates states,
            DeadLetters deadLetters, EventSources sources, Sinks sinks, CloudEventsSql sql, RegionCatalog regions,
            DeliveryEngine engine, DeliveryProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.partners = partners;
        this.states = states;
        this.deadLetters = deadLetters;
        this.sources = sources;
        this.sinks = sinks;
        this.sql = sql;
        this.regions = regions;
        this.engine = engine;
        this.properties = properties;
        this.clock = clock;
    }

    /** Where a subscription's delivery stands. */
    public record Status(String subscriptionId, String mode, String status, Validation validation, long lag,
            long delivered, long failures, long deadLettered, long deadLetters, Instant lastDeliveredAt,
            long lastLatencyMs, String circuit, String lastError, Instant updatedAt) {
    }

    public Status status(Actor actor, String id) {
        Subscription subscription = subscriptions.get(actor, id).state();
        DeliveryState state = states.find(id).filter(saved -> saved.rewinds() == subscription.rewinds())
                .orElse(DeliveryState.initial(id, subscription.rewinds()));
        return new Status(id, subscription.isPull() ? "PULL" : "PUSH", subscription.status().name(),
                subscription.validation(), state.lag(), state.delivered(), state.failures(), state.deadLettered(),
                deadLetters.count(id), state.lastDeliveredAt(), state.lastLatencyMs(),
                subscription.isPull() ? null : engine.circuit(subscription.sink()), state.lastError(),
                state.updatedAt());
    }

    public Page<DeadLetters.DeadLetter> deadLetters(Actor actor, String id, int page, int size) {
        subscriptions.get(actor, id);
        return new Page<>(deadLetters.list(id, page, size), page, size, deadLetters.count(id));
    }

    /** What a re-drive did: delivered and removed, and left because the sink still fails. */
    public record Redrive(int redelivered, long remaining, String lastError) {
    }

    /**
     * Delivers a subscription's dead letters again, oldest first, one attempt each; stops at the first failure
     * (the sink is still down) and leaves that one and the rest for a later re-drive.
     */
    public Redrive redrive(Actor actor, String id, int limit) {
        Subscription subscription = subscriptions.get(actor, id).state();
        if (subscription.isPull()) {
            throw new BusinessRuleViolation("pull-subscription", "subscription " + id + " is pulled; its partner reads"
                    + " events from /subscriptions/" + id + "/events, nothing is dead-lettered");
        }
        int redelivered = 0;
        String lastError = null;
        byte[] secret = subscriptions.secretOf(subscription).getBytes(StandardCharsets.UTF_8);
        for (DeadLetters.DeadLetter letter : deadLetters.list(id, 0, limit)) {
            WebhookRequest request = WebhookRequest.signed(List.of(letter.event()), false,
                    Delivery.Format.STRUCTURED, id, secret, properties.origin(), clock.instant().getEpochSecond());
            Sinks.Answer answer = sinks.post(URI.create(subscription.sink()), request.headers(), request.body());
            if (!answer.isSuccess()) {
                deadLetters.failedAgain(letter.id(), answer.detail());
                lastError = answer.detail();
                break;
            }
            deadLetters.remove(letter.id());
            redelivered++;
        }
        return new Redrive(redelivered, deadLetters.count(id), lastError);
    }

    /** A page of pulled events and the cursor to ask for the next. */
    public record Pulled(List<ObjectNode> events, String next, long lag) {
    }

    /**
     * Up to {@code limit} events of a pull subscription after the cursor (none: from where the subscription
     * starts), read from the topics' offsets, confined and redacted like pushed ones. Presenting a cursor
     * acknowledges everything before it, which is what the subscription's status counts as delivered.
     */
    public Pulled pull(Actor actor, String id, String after, int limit) {
        Subscription subscription = subscriptions.get(actor, id).state();
        if (!subscription.isPull()) {
            throw new BusinessRuleViolation("push-subscription", "subscription " + id + " delivers to its sink; only"
                    + " a subscription without a sink is pulled");
        }
        Position from;
        try {
            from = after == null ? new Position(Map.of()) : Position.fromCursor(after);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new FieldError("after", e.getMessage())));
        }
        Partner partner = partners.find(subscription.partnerId()).orElseThrow();
        Set<String> jurisdiction = new HashSet<>(regions.subtreeCodes(partner.jurisdiction()));
        Set<String> topics = PartnerRules.topicsOf(subscription.types().isEmpty()
                ? partner.entitlements().eventTypes() : subscription.types());
        List<ObjectNode> events = new ArrayList<>();
        long deadline = System.currentTimeMillis() + PULL_BUDGET_MS;
        try (EventSource source = sources.open(id + "-pull", topics, from, subscription.startFrom())) {
            Position position = source.position();
            long lag = source.lag(position);
            while (events.size() < limit && lag > 0 && System.currentTimeMillis() < deadline) {
                for (EventSource.Read read : source.poll(200)) {
                    if (events.size() >= limit) {
                        break;
                    }
                    position = position.with(read.topic(), read.partition(), read.offset() + 1);
                    read.deliverableTo(subscription, partner, jurisdiction, sql)
                            .ifPresent(event -> events.add(event.structured()));
                }
                lag = source.lag(position);
            }
            DeliveryState previous = states.find(id).orElse(DeliveryState.initial(id, subscription.rewinds()));
            if (after != null) {
                states.save(new DeliveryState(id, subscription.rewinds(), from, previous.delivered(),
                        previous.failures(), previous.deadLettered(), source.lag(from), clock.instant(), -1,
                        null, null, clock.instant()));
            }
            return new Pulled(events, position.toCursor(), lag);
        }
    }
}
