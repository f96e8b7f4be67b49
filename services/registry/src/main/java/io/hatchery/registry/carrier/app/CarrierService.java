package io.hatchery.registry.carrier.app;

import io.hatchery.contracts.region.Region;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateAlreadyExistsException;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.registry.carrier.domain.Carrier;
import io.hatchery.registry.carrier.domain.CarrierRegistration;
import io.hatchery.registry.carrier.domain.CarrierRules;
import io.hatchery.registry.carrier.domain.Decision;
import io.hatchery.web.problem.BusinessRuleViolation;
import io.hatchery.web.problem.FieldError;
import io.hatchery.web.problem.InvalidRequestException;
import io.hatchery.web.request.EventContexts;
import io.hatchery.web.request.Idempotency;
import io.hatchery.web.security.Actor;
import io.hatchery.web.security.RegionScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/** Carrier commands and queries: checks input and jurisdiction, lets the domain decide, stores atomically. */
@Service
public class CarrierService {

    private final AggregateStore<Carrier> carriers;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final EventContexts eventContexts;
    private final Clock clock;

    public CarrierService(AggregateStores stores, RegionCatalog regions, RegionScope scope,
            EventContexts eventContexts, Clock clock) {
        this.carriers = stores.create("carriers", "carrier", Carrier.class, Carrier::region);
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
        List<FieldError> problems = new ArrayList<>();
        Region region = regions.find(registration.region()).orElse(null);
        if (region == null) {
            problems.add(new FieldError("region", "'" + registration.region() + "' is not a known region code"));
        } else if (!region.level().isStatisticalLeaf()) {
            problems.add(new FieldError("region", "must be a county or zone, '" + registration.region() + "' is a "
                    + region.level().name().toLowerCase()));
        }
        if (registration.hostLocation() != null && registration.hostLocation().regionCode() != null
                && !regions.contains(registration.hostLocation().regionCode())) {
            problems.add(new FieldError("hostLocation.regionCode", "is not a known region code"));
        }
        CarrierRules.problems(registration, LocalDate.now(clock))
                .forEach(problem -> problems.add(new FieldError(problem.field(), problem.message())));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        scope.requireWrite(actor, registration.region());

        String id = Idempotency.aggregateId("carrier", actor.subject(), idempotencyKey);
        Decision<Carrier> decision = CarrierRules.register(id, registration);
        try {
            return carriers.create(id, decision.state(), decision.events(), eventContexts.of(actor),
                    requestFingerprint);
        } catch (AggregateAlreadyExistsException retried) {
            Aggregate<Carrier> first = carriers.require(id);
            if (!Objects.equals(first.requestFingerprint(), requestFingerprint)) {
                throw new BusinessRuleViolation("idempotency-key-reuse", "Idempotency-Key " + idempotencyKey
                        + " was already used for a different request");
            }
            return first;
        }
    }

    public Aggregate<Carrier> get(Actor actor, String id) {
        Aggregate<Carrier> carrier = carriers.require(id);
        scope.requireRead(actor, carrier.state().region());
        return carrier;
    }
}
