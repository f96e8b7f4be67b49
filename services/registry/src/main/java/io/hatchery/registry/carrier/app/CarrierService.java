package io.hatchery.registry.carrier.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.access.Role;
import io.hatchery.application.command.Commands;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.command.Page;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.refusal.BusinessRuleViolation;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.application.region.RegionChecks;
import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.evaluation.EvaluationCompleted;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateAlreadyExistsException;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.persistence.EventContext;
import io.hatchery.persistence.OutboxEntry;
import io.hatchery.registry.carrier.domain.Carrier;
import io.hatchery.registry.carrier.domain.CarrierQuery;
import io.hatchery.registry.carrier.domain.CarrierRegistration;
import io.hatchery.registry.carrier.domain.CarrierRules;
import io.hatchery.registry.carrier.store.CarrierListing;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Carrier commands and queries: checks input and jurisdiction, lets the domain decide, stores atomically. */
@Service
public class CarrierService {

    private static final Logger log = LoggerFactory.getLogger(CarrierService.class);

    private final AggregateStore<Carrier> carriers;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final EventContexts eventContexts;
    private final Clock clock;

    public CarrierService(AggregateStores stores, RegionCatalog regions, RegionScope scope,
            EventContexts eventContexts, Clock clock) {
        this.carriers = stores.create("carriers", "carrier", Carrier.class, Carrier::region,
                CarrierListing.LISTING);
        this.regions = regions;
        this.scope = scope;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    /**
     * Registers a carrier. With an idempotency key, a retry returns the carrier the first attempt created.
     *
     * @param requestFingerprint digest of the request, to tell a retry from a reuse of the key
     */
    public Aggregate<Carrier> register(Actor actor, CarrierRegistration registration, String idempotencyKey,
            String requestFingerprint) {
        String id = Idempotency.aggregateId("carrier", actor.subject(), idempotencyKey);
        Registered registered = register(actor, id, registration, null, requestFingerprint, eventContexts.of(actor));
        if (!registered.sameRequest()) {
            throw new BusinessRuleViolation("idempotency-key-reuse",
                    "this Idempotency-Key was already used for a different request");
        }
        return registered.carrier();
    }

    /** A certification recorded together with a registration (bulk imports). */
    public record Certification(CertificationLevel level, String authority, String certificateNumber,
            LocalDate effectiveDate) {
    }

    /**
     * A registration's result.
     *
     * @param created     this call created the carrier; false when an earlier call with the same id did
     * @param sameRequest the earlier call asked for exactly the same
     */
    public record Registered(Aggregate<Carrier> carrier, boolean created, boolean sameRequest) {
    }

    /**
     * Registers under a given id, optionally certified at once, in one write. The same id again finds the first
     * result.
     */
    public Registered register(Actor actor, String id, CarrierRegistration registration, Certification certification,
            String requestFingerprint, EventContext context) {
        validate(registration);
        scope.requireWrite(actor, registration.region());
        Decision<Carrier> registered = CarrierRules.register(id, registration);
        Decision<Carrier> decision = registered;
        if (certification != null) {
            requireNotFuture("certifiedOn", certification.effectiveDate());
            Decision<Carrier> certified = Commands.decide(() -> CarrierRules.certify(registered.state(),
                    certification.level(), certification.authority(), certification.certificateNumber(),
                    certification.effectiveDate()));
            List<DomainEvent> events = new ArrayList<>(registered.events());
            events.addAll(certified.events());
            decision = new Decision<>(certified.state(), events);
        }
        try {
            return new Registered(carriers.create(id, decision.state(), decision.events(), context,
                    requestFingerprint), true, true);
        } catch (AggregateAlreadyExistsException retried) {
            Aggregate<Carrier> first = carriers.require(id);
            return new Registered(first, false, Objects.equals(first.requestFingerprint(), requestFingerprint));
        }
    }

    /** The id a carrier imported from a spreadsheet gets: the same region and name always give the same carrier. */
    public static String importedId(CarrierRegistration registration) {
        return Idempotency.aggregateId("carrier", "import", registration.region() + "\n"
                + registration.profile().name().trim());
    }

    /** Form and region checks of a registration (400 naming every bad field). */
    public void validate(CarrierRegistration registration) {
        List<FieldError> problems = new ArrayList<>();
        RegionChecks.checkStatisticalLeaf(regions, "region", registration.region(), problems);
        if (registration.hostLocation() != null && registration.hostLocation().regionCode() != null) {
            RegionChecks.checkKnown(regions, "hostLocation.regionCode", registration.hostLocation().regionCode(),
                    problems);
        }
        CarrierRules.problems(registration, LocalDate.now(clock))
                .forEach(problem -> problems.add(new FieldError(problem.field(), problem.message())));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    public Aggregate<Carrier> get(Actor actor, String id) {
        Aggregate<Carrier> carrier = carriers.require(id);
        requireRead(actor, carrier.state());
        return carrier;
    }

    /** Officers and auditors of the region read a carrier's history; an operator its own carrier's only. */
    public List<OutboxEntry> history(Actor actor, String id) {
        Carrier carrier = carriers.require(id).state();
        if (!actor.operates(carrier.id())) {
            if (!actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.AUDITOR)) {
                throw new RegionAccessDeniedException(carrier.region(), "you may read the history of your own "
                        + "carrier " + actor.carrier() + " only");
            }
            scope.requireRead(actor, carrier.region());
        }
        return carriers.history(id);
    }

    public Aggregate<Carrier> changeProfile(Actor actor, String id, Long expectedVersion, CarrierProfile profile,
            LocalDate effectiveDate) {
        requireNotFuture("effectiveDate", effectiveDate);
        return command(actor, id, expectedVersion,
                carrier -> CarrierRules.changeProfile(carrier, profile, orToday(effectiveDate)));
    }

    public Aggregate<Carrier> certify(Actor actor, String id, Long expectedVersion, CertificationLevel level,
            String authority, String certificateNumber, LocalDate effectiveDate) {
        requireNotFuture("effectiveDate", effectiveDate);
        return command(actor, id, expectedVersion,
                carrier -> CarrierRules.certify(carrier, level, authority, certificateNumber, effectiveDate));
    }

    public Aggregate<Carrier> downgrade(Actor actor, String id, Long expectedVersion, CertificationLevel toLevel,
            String reason, LocalDate effectiveDate) {
        requireNotFuture("effectiveDate", effectiveDate);
        return command(actor, id, expectedVersion,
                carrier -> CarrierRules.downgrade(carrier, toLevel, reason, effectiveDate));
    }

    public Aggregate<Carrier> delist(Actor actor, String id, Long expectedVersion, String reason,
            LocalDate effectiveDate) {
        requireNotFuture("effectiveDate", effectiveDate);
        return command(actor, id, expectedVersion, carrier -> CarrierRules.delist(carrier, reason, effectiveDate));
    }

    public Aggregate<Carrier> designate(Actor actor, String id, Long expectedVersion, Designation designation,
            String authority, LocalDate effectiveDate) {
        requireNotFuture("effectiveDate", effectiveDate);
        return command(actor, id, expectedVersion,
                carrier -> CarrierRules.designate(carrier, designation, authority, effectiveDate));
    }

    public Aggregate<Carrier> undesignate(Actor actor, String id, Long expectedVersion, Designation designation,
            String reason, LocalDate effectiveDate) {
        requireNotFuture("effectiveDate", effectiveDate);
        return command(actor, id, expectedVersion,
                carrier -> CarrierRules.undesignate(carrier, designation, reason, effectiveDate));
    }

    public Aggregate<Carrier> orderRectification(Actor actor, String id, Long expectedVersion, String reason,
            LocalDate deadline, LocalDate effectiveDate) {
        requireNotFuture("effectiveDate", effectiveDate);
        return command(actor, id, expectedVersion,
                carrier -> CarrierRules.orderRectification(carrier, reason, deadline, orToday(effectiveDate)));
    }

    /**
     * Applies an evaluation's DOWNGRADE, DELIST or RECTIFY outcome, once per evaluation. Outcomes that no longer
     * apply (a downgrade of a carrier without a level, a delisting of a delisted one) are recorded as applied and
     * logged, not retried forever.
     */
    public void applyEvaluation(EvaluationCompleted evaluation, EventContext context) {
        if (carriers.find(evaluation.carrierId()).isEmpty()) {
            log.warn("Evaluation {} is about unknown carrier {}; ignored", evaluation.evaluationId(),
                    evaluation.carrierId());
            return;
        }
        String carrierRegion = carriers.require(evaluation.carrierId()).state().region();
        if (evaluation.cycleRegion() != null && !regions.isWithin(carrierRegion, evaluation.cycleRegion())) {
            log.warn("Evaluation {} of a cycle of {} is about carrier {} of {}, outside that region; not applied",
                    evaluation.evaluationId(), evaluation.cycleRegion(), evaluation.carrierId(), carrierRegion);
            return;
        }
        String reason = evaluation.year() + " evaluation " + evaluation.rating()
                + (evaluation.reason() == null ? "" : ": " + evaluation.reason());
        Commands.execute(carriers, evaluation.carrierId(), null, carrier -> { }, carrier -> {
            if (carrier.appliedEvaluations().contains(evaluation.evaluationId())) {
                return Decision.unchanged(carrier);
            }
            Decision<Carrier> outcome = switch (evaluation.outcome()) {
                case DOWNGRADE -> tolerant(carrier, c -> CarrierRules.downgrade(c, null, reason,
                        evaluation.effectiveDate()), evaluation);
                case DELIST -> tolerant(carrier, c -> CarrierRules.delist(c, reason, evaluation.effectiveDate()),
                        evaluation);
                case RECTIFY -> tolerant(carrier, c -> CarrierRules.orderRectification(c, reason,
                        evaluation.rectifyBy() != null ? evaluation.rectifyBy()
                                : evaluation.effectiveDate().plusMonths(6), evaluation.effectiveDate()), evaluation);
                case NONE, COMMEND -> Decision.unchanged(carrier);
            };
            if (!outcome.changed()) {
                return outcome;
            }
            return new Decision<>(CarrierRules.markEvaluationApplied(outcome.state(), evaluation.evaluationId()),
                    outcome.events());
        }, context);
    }

    private static Decision<Carrier> tolerant(Carrier carrier, Function<Carrier, Decision<Carrier>> outcome,
            EvaluationCompleted evaluation) {
        try {
            return outcome.apply(carrier);
        } catch (RuntimeException refused) {
            log.warn("Evaluation {} asks for {} of carrier {}, which does not apply: {}", evaluation.evaluationId(),
                    evaluation.outcome(), carrier.id(), refused.getMessage());
            return Decision.unchanged(carrier);
        }
    }

    public Page<Aggregate<Carrier>> list(Actor actor, CarrierQuery query) {
        String region = query.region() != null ? query.region() : actor.region();
        if (region != null) {
            RegionChecks.requireKnown(regions, "region", region);
        }
        if (region != null && !scope.covers(actor, region)) {
            throw new RegionAccessDeniedException(region, "region " + region + " is outside your jurisdiction");
        }
        List<String> codes = region == null ? null : regions.subtreeCodes(region);
        Query page = CarrierListing.page(codes, query, query.at() != null ? query.at() : LocalDate.now(clock));
        return new Page<>(carriers.find(page), query.page(), query.size(), carriers.count(page));
    }

    /** Carriers of a region subtree with exactly this name, for spreadsheet rows that name their carrier. */
    public List<Aggregate<Carrier>> named(String region, String name) {
        return carriers.find(CarrierListing.named(regions.subtreeCodes(region), name));
    }

    public Optional<Aggregate<Carrier>> find(String id) {
        return carriers.find(id);
    }

    private Aggregate<Carrier> command(Actor actor, String id, Long expectedVersion,
            Function<Carrier, Decision<Carrier>> command) {
        return Commands.execute(carriers, id, expectedVersion, carrier -> requireWrite(actor, carrier), command,
                eventContexts.of(actor));
    }

    private void requireRead(Actor actor, Carrier carrier) {
        if (actor.operates(carrier.id())) {
            return;
        }
        scope.requireRead(actor, carrier.region());
    }

    private void requireWrite(Actor actor, Carrier carrier) {
        scope.requireWrite(actor, carrier.region());
    }

    private void requireNotFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw InvalidRequestException.of(field, "must not be in the future");
        }
    }

    private LocalDate orToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }
}
