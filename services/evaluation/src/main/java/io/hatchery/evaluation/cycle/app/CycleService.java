package io.hatchery.evaluation.cycle.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.access.Role;
import io.hatchery.application.command.Commands;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.application.region.RegionChecks;
import io.hatchery.contracts.evaluation.Rating;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.evaluation.activity.store.ActivityStore;
import io.hatchery.evaluation.cycle.domain.Cycle;
import io.hatchery.evaluation.cycle.domain.CycleRules;
import io.hatchery.evaluation.cycle.domain.Result;
import io.hatchery.evaluation.scheme.app.SchemeCatalog;
import io.hatchery.evaluation.scheme.domain.Scheme;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Yearly evaluation cycles: opening, submissions by carriers, the city's review, expert and local scores,
 * vetoes, and the closing that decides every carrier's rating and outcome.
 */
@Service
public class CycleService {

    private final AggregateStore<Cycle> cycles;
    private final SchemeCatalog schemes;
    private final ActivityStore activity;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final EventContexts eventContexts;
    private final Clock clock;

    public CycleService(AggregateStores stores, SchemeCatalog schemes, ActivityStore activity, RegionCatalog regions,
            RegionScope scope, EventContexts eventContexts, Clock clock) {
        this.cycles = stores.create("cycles", "cycle", Cycle.class, Cycle::region);
        this.schemes = schemes;
        this.activity = activity;
        this.regions = regions;
        this.scope = scope;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    /**
     * Opens a cycle. Without a carrier list, every carrier of the region that the scheme applies to and that is
     * not delisted is in scope.
     */
    public Aggregate<Cycle> open(Actor actor, int year, String schemeId, String region, List<String> carriers,
            String requestFingerprint) {
        RegionChecks.requireKnown(regions, "region", region);
        scope.requireWrite(actor, region);
        Scheme scheme = schemes.require(schemeId);
        List<String> inScope = carriers != null && !carriers.isEmpty() ? listed(carriers, region, scheme)
                : activity.carriersIn(regions.subtreeCodes(region)).stream()
                        .filter(carrier -> !carrier.delisted() && carrier.kind() != null
                                && scheme.kinds().stream().anyMatch(kind -> kind.name().equals(carrier.kind())))
                        .map(ActivityStore.CarrierActivity::id).sorted().toList();
        String id = region + "-" + year + "-" + schemeId;
        Decision<Cycle> decision = Commands.decide(() -> CycleRules.open(id, year, scheme, region, inScope, today()));
        return Commands.create(cycles, id, decision, eventContexts.of(actor), requestFingerprint);
    }

    /**
     * A cycle's carriers named by the officer who opens it: each must be known, lie inside the cycle's region
     * (so inside the officer's), be evaluated by the scheme and not be delisted. The evaluation's outcome is
     * applied to them in the registry, so nothing outside the officer's jurisdiction may slip in.
     */
    private List<String> listed(List<String> carriers, String region, Scheme scheme) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < carriers.size(); i++) {
            String field = "carriers[" + i + "]";
            String id = carriers.get(i);
            ActivityStore.CarrierActivity carrier = activity.carrier(id).orElse(null);
            if (carrier == null) {
                errors.add(new FieldError(field, "no carrier " + id + " is known"));
            } else if (!regions.isWithin(carrier.region(), region)) {
                errors.add(new FieldError(field, "carrier " + id + " lies in " + carrier.region()
                        + ", outside the cycle's region " + region));
            } else if (scheme.kinds().stream().noneMatch(kind -> kind.name().equals(carrier.kind()))) {
                errors.add(new FieldError(field, "carrier " + id + " is a " + carrier.kind() + "; scheme "
                        + scheme.id() + " evaluates " + scheme.kinds()));
            } else if (carrier.delisted()) {
                errors.add(new FieldError(field, "carrier " + id + " is delisted"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return carriers.stream().distinct().sorted().toList();
    }

    /**
     * Officers and auditors of the region read a whole cycle; the operator of a carrier in it reads the cycle as
     * its carrier sees it, without the other carriers' submissions, vetoes and results.
     */
    public Aggregate<Cycle> get(Actor actor, String id) {
        Aggregate<Cycle> aggregate = cycles.require(id);
        Cycle cycle = aggregate.state();
        boolean supervisor = actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.AUDITOR);
        if (!supervisor && actor.has(Role.CARRIER_OPERATOR) && cycle.carriers().contains(actor.carrier())) {
            return new Aggregate<>(aggregate.id(), aggregate.version(), cycle.seenBy(actor.carrier()),
                    aggregate.createdAt(), aggregate.updatedAt(), null);
        }
        if (!supervisor) {
            throw new RegionAccessDeniedException(cycle.region(), "you may read only the cycles your carrier "
                    + actor.carrier() + " is evaluated in");
        }
        scope.requireRead(actor, cycle.region());
        return aggregate;
    }

    /** A carrier's operator submits its own figures; officers of the region may submit on its behalf. */
    public Aggregate<Cycle> submit(Actor actor, String id, Long expectedVersion, String carrierId,
            Map<String, BigDecimal> figures) {
        return command(actor, id, expectedVersion, cycle -> {
            boolean ownCarrier = actor.operates(carrierId);
            if (!ownCarrier && !(actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER)
                    && scope.covers(actor, cycle.region()))) {
                throw new RegionAccessDeniedException(cycle.region(), "you may submit only for your own carrier");
            }
        }, cycle -> CycleRules.submit(cycle, carrierId, figures, today()));
    }

    public Aggregate<Cycle> review(Actor actor, String id, Long expectedVersion, String carrierId, boolean accept,
            String reason) {
        return officers(actor, id, expectedVersion,
                cycle -> CycleRules.review(cycle, carrierId, accept, reason, today()));
    }

    public Aggregate<Cycle> score(Actor actor, String id, Long expectedVersion, String carrierId,
            Map<String, BigDecimal> points) {
        return officers(actor, id, expectedVersion, cycle -> CycleRules.score(cycle,
                schemes.require(cycle.schemeId()), carrierId, points, actor.subject(), today()));
    }

    public Aggregate<Cycle> veto(Actor actor, String id, Long expectedVersion, String carrierId, String veto) {
        return officers(actor, id, expectedVersion, cycle -> CycleRules.veto(cycle,
                schemes.require(cycle.schemeId()), carrierId, veto, today()));
    }

    /** Closes the cycle with the platform's figures for the year and last year's ratings. */
    public Aggregate<Cycle> close(Actor actor, String id, Long expectedVersion) {
        return officers(actor, id, expectedVersion, cycle -> {
            Map<String, Map<String, BigDecimal>> computed = new HashMap<>();
            for (String carrier : cycle.carriers()) {
                computed.put(carrier, activity.metrics(carrier, cycle.year()));
            }
            return CycleRules.close(cycle, schemes.require(cycle.schemeId()), computed, previousRatings(cycle),
                    today());
        });
    }

    /** Each carrier's rating in the closed cycles of the year before. */
    private Map<String, Rating> previousRatings(Cycle cycle) {
        Map<String, Rating> previous = new HashMap<>();
        for (Aggregate<Cycle> earlier : cycles.find(Query.query(Criteria.where("state.year").is(cycle.year() - 1)
                .and("state.closed").is(true)))) {
            for (Map.Entry<String, Result> result : earlier.state().results().entrySet()) {
                if (cycle.carriers().contains(result.getKey())) {
                    previous.put(result.getKey(), result.getValue().rating());
                }
            }
        }
        return previous;
    }

    private Aggregate<Cycle> officers(Actor actor, String id, Long expectedVersion,
            Function<Cycle, Decision<Cycle>> command) {
        return command(actor, id, expectedVersion, cycle -> {
            if (!actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER)) {
                throw new RegionAccessDeniedException(cycle.region(), "only science officers run the evaluation");
            }
            scope.requireWrite(actor, cycle.region());
        }, command);
    }

    /** @param expectedVersion the caller's {@code If-Match}, or null */
    private Aggregate<Cycle> command(Actor actor, String id, Long expectedVersion, Consumer<Cycle> access,
            Function<Cycle, Decision<Cycle>> command) {
        return Commands.execute(cycles, id, expectedVersion, access, command, eventContexts.of(actor));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
