package io.hatchery.exchange.subscription.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.access.Role;
import io.hatchery.application.command.Commands;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.command.Page;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.contracts.exchange.SubscriptionCreated;
import io.hatchery.contracts.exchange.SubscriptionRewound;
import io.hatchery.contracts.exchange.SubscriptionStatusChanged;
import io.hatchery.contracts.exchange.SubscriptionValidated;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.exchange.partner.app.PartnerService;
import io.hatchery.exchange.partner.domain.Partner;
import io.hatchery.exchange.subscription.domain.Delivery;
import io.hatchery.exchange.subscription.domain.Filter;
import io.hatchery.exchange.subscription.domain.Subscription;
import io.hatchery.exchange.subscription.domain.SubscriptionRules;
import io.hatchery.exchange.subscription.domain.SubscriptionStatus;
import io.hatchery.exchange.subscription.domain.Validation;
import io.hatchery.exchange.subscription.store.SecretSeal;
import io.hatchery.exchange.subscription.store.SubscriptionListing;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateNotFoundException;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.persistence.EventContext;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Subscriptions: a partner's client keeps its own; the province's administrator those of the partners in its
 * region. A subscription is confined to its partner's jurisdiction and entitlements whatever it asks for.
 */
@Service
public class SubscriptionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AggregateStore<Subscription> subscriptions;
    private final PartnerService partners;
    private final CloudEventsSql sql;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final EventContexts eventContexts;
    private final SubscriptionProperties properties;
    private final SecretSeal seal;
    private final Clock clock;

    public SubscriptionService(AggregateStores stores, PartnerService partners, CloudEventsSql sql,
            RegionCatalog regions, RegionScope scope, EventContexts eventContexts, SubscriptionProperties properties,
            SecretSeal seal, Clock clock) {
        this.subscriptions = stores.create("subscriptions", "subscription", Subscription.class,
                Subscription::jurisdiction, SubscriptionListing.LISTING);
        this.partners = partners;
        this.sql = sql;
        this.regions = regions;
        this.scope = scope;
        this.eventContexts = eventContexts;
        this.properties = properties;
        this.seal = seal;
        this.clock = clock;
    }

    /** What a partner asks for. {@code partnerId} null: the caller's own partner. */
    public record Request(String partnerId, Set<String> types, List<Filter> filters, String sink, Delivery delivery) {
    }

    /** A new subscription and its signing secret, in the clear: the only time it is shown. */
    public record Created(Aggregate<Subscription> subscription, String secret) {
    }

    /**
     * Creates a subscription delivering what is published from now on; its signing secret is kept sealed. With an
     * {@code Idempotency-Key}, the same request again returns the first subscription (and its secret).
     */
    public Created create(Actor actor, Request request, String idempotencyKey) {
        if (idempotencyKey != null) {
            Idempotency.requireWellFormed(idempotencyKey);
        }
        String partnerId = request.partnerId() != null ? request.partnerId() : actor.partner();
        if (partnerId == null) {
            throw new InvalidRequestException(List.of(new FieldError("partnerId",
                    "is required when the caller is not a partner's client")));
        }
        Partner partner = partners.find(partnerId).orElseThrow(() -> new InvalidRequestException(List.of(
                new FieldError("partnerId", "no partner " + partnerId + " is registered"))));
        requireMayManage(actor, partnerId, partner.jurisdiction());
        String id = Idempotency.aggregateId("sub", actor.subject(), idempotencyKey);
        Subscription subscription = new Subscription(id, partnerId, partner.jurisdiction(), request.types(),
                request.filters(), request.sink(), request.delivery(), SubscriptionStatus.ACTIVE,
                request.sink() == null ? Validation.NOT_NEEDED : Validation.PENDING, seal.seal(id, newSecret()),
                clock.instant(), 0);
        List<FieldError> problems = new ArrayList<>();
        SubscriptionRules.problems(partner, subscription).forEach(problem -> problems.add(
                new FieldError(problem.field(), problem.message())));
        sqlProblems(subscription.filters(), "filters", problems);
        if (subscription.sink() != null && problems.isEmpty() && !properties.allowPrivateSinks()) {
            privateSinkProblem(subscription.sink()).ifPresent(problem -> problems.add(new FieldError("sink", problem)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Aggregate<Subscription> created = Commands.create(subscriptions, id, new Decision<>(subscription, List.of(
                new SubscriptionCreated(id, partnerId, subscription.types().stream().sorted().toList(),
                        subscription.isPull() ? "PULL" : "PUSH", today()))), eventContexts.of(actor),
                Idempotency.fingerprint(idempotencyKey, request));
        return new Created(created, secretOf(created.state()));
    }

    /** The subscription's signing secret, opened for signing a delivery. */
    public String secretOf(Subscription subscription) {
        return seal.open(subscription.id(), subscription.secret());
    }

    public Aggregate<Subscription> get(Actor actor, String id) {
        Aggregate<Subscription> subscription = require(id);
        requireMayRead(actor, subscription.state());
        return subscription;
    }

    /** Every subscription that is not deleted, without access checks, for delivery. */
    public List<Subscription> live(int limit) {
        return subscriptions.find(new Query().limit(limit)).stream().map(Aggregate::state)
                .filter(subscription -> subscription.status() != SubscriptionStatus.DELETED).toList();
    }

    /** A partner's client lists its own; others the subscriptions of a partner, or of every partner in their region. */
    public Page<Aggregate<Subscription>> list(Actor actor, String partnerId, int page, int size) {
        Query query;
        if (actor.has(Role.PARTNER) && !actor.hasAny(Role.PROVINCE_ADMIN, Role.AUDITOR)) {
            if (partnerId != null && !partnerId.equals(actor.partner())) {
                throw new RegionAccessDeniedException(actor.region(), "a partner's client lists its own"
                        + " subscriptions only");
            }
            query = SubscriptionListing.ofPartner(actor.partner(), page, size);
        } else if (partnerId != null) {
            Partner partner = partners.find(partnerId).orElseThrow(() -> new InvalidRequestException(List.of(
                    new FieldError("partner", "no partner " + partnerId + " is registered"))));
            scope.requireRead(actor, partner.jurisdiction());
            query = SubscriptionListing.ofPartner(partnerId, page, size);
        } else {
            query = SubscriptionListing.inJurisdictions(regions.subtreeCodes(actor.region()), page, size);
        }
        return new Page<>(subscriptions.find(query), page, size, subscriptions.count(query));
    }

    public Aggregate<Subscription> pause(Actor actor, String id, Long expectedVersion) {
        return change(actor, id, expectedVersion, subscription -> subscription.status() == SubscriptionStatus.PAUSED
                ? Decision.unchanged(subscription)
                : statusChanged(subscription, SubscriptionStatus.PAUSED));
    }

    public Aggregate<Subscription> resume(Actor actor, String id, Long expectedVersion) {
        return change(actor, id, expectedVersion, subscription -> subscription.status() == SubscriptionStatus.ACTIVE
                ? Decision.unchanged(subscription)
                : statusChanged(subscription, SubscriptionStatus.ACTIVE));
    }

    /** Deletes the subscription; deleting it again changes nothing (DELETE is idempotent). */
    public void delete(Actor actor, String id, Long expectedVersion) {
        Commands.execute(subscriptions, id, expectedVersion, subscription -> requireMayManage(actor,
                subscription.partnerId(), subscription.jurisdiction()), subscription ->
                subscription.status() == SubscriptionStatus.DELETED ? Decision.unchanged(subscription)
                        : statusChanged(subscription, SubscriptionStatus.DELETED), eventContexts.of(actor));
    }

    /** Replays from {@code time} on: what was published since is delivered again (receivers deduplicate by id). */
    public Aggregate<Subscription> rewind(Actor actor, String id, Long expectedVersion, Instant time) {
        if (time.isAfter(clock.instant())) {
            throw new InvalidRequestException(List.of(new FieldError("time", "must not be in the future")));
        }
        return change(actor, id, expectedVersion, subscription -> new Decision<>(subscription.rewoundTo(time),
                List.of(new SubscriptionRewound(id, subscription.partnerId(), time, today()))));
    }

    /** The sink answered the validation handshake. */
    public void markValidated(String id) {
        Commands.execute(subscriptions, id, null, subscription -> { }, subscription ->
                subscription.validation() == Validation.VALIDATED ? Decision.unchanged(subscription)
                        : new Decision<>(subscription.withValidation(Validation.VALIDATED), List.of(
                                new SubscriptionValidated(id, subscription.partnerId(), today()))),
                EventContext.system("exchange"));
    }

    private Decision<Subscription> statusChanged(Subscription subscription, SubscriptionStatus status) {
        return new Decision<>(subscription.withStatus(status), List.of(new SubscriptionStatusChanged(
                subscription.id(), subscription.partnerId(), status.name(), today())));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Aggregate<Subscription> change(Actor actor, String id, Long expectedVersion,
            Function<Subscription, Decision<Subscription>> command) {
        require(id);
        return Commands.execute(subscriptions, id, expectedVersion, subscription -> requireMayManage(actor,
                subscription.partnerId(), subscription.jurisdiction()), command, eventContexts.of(actor));
    }

    private Aggregate<Subscription> require(String id) {
        Aggregate<Subscription> subscription = subscriptions.require(id);
        if (subscription.state().status() == SubscriptionStatus.DELETED) {
            throw new AggregateNotFoundException("subscription", id);
        }
        return subscription;
    }

    private void requireMayManage(Actor actor, String partnerId, String jurisdiction) {
        if (actor.actsFor(partnerId)) {
            return;
        }
        if (actor.has(Role.PROVINCE_ADMIN)) {
            scope.requireWrite(actor, jurisdiction);
            return;
        }
        throw new RegionAccessDeniedException(jurisdiction, "only partner " + partnerId
                + "'s client or the province's administrator manages its subscriptions");
    }

    public void requireMayRead(Actor actor, Subscription subscription) {
        if (actor.actsFor(subscription.partnerId())) {
            return;
        }
        if (actor.hasAny(Role.PROVINCE_ADMIN, Role.AUDITOR)) {
            scope.requireRead(actor, subscription.jurisdiction());
            return;
        }
        throw new RegionAccessDeniedException(subscription.jurisdiction(), "subscription " + subscription.id()
                + " belongs to partner " + subscription.partnerId());
    }

    private void sqlProblems(List<Filter> filters, String path, List<FieldError> problems) {
        for (int i = 0; i < filters.size(); i++) {
            sqlProblems(filters.get(i), path + "[" + i + "]", problems);
        }
    }

    private void sqlProblems(Filter filter, String path, List<FieldError> problems) {
        if (filter instanceof Filter.Sql expression) {
            sql.problem(expression.expression()).ifPresent(problem -> problems.add(new FieldError(path + ".sql",
                    problem)));
        } else if (filter instanceof Filter.All all) {
            sqlProblems(all.filters(), path + ".all", problems);
        } else if (filter instanceof Filter.Any any) {
            sqlProblems(any.filters(), path + ".any", problems);
        } else if (filter instanceof Filter.Not not) {
            sqlProblems(not.filter(), path + ".not", problems);
        }
    }

    /** A sink on this platform's own network is refused: partners' webhooks are public endpoints. */
    private static Optional<String> privateSinkProblem(String sink) {
        String host = URI.create(sink).getHost();
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress()) {
                    return Optional.of("must be a public address; " + host + " is " + address.getHostAddress());
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " is unknown");
        }
    }

    private static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
