package io.hatchery.talent.team.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Commands;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.directory.CarrierEntry;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.persistence.Listing;
import io.hatchery.talent.carrier.app.CarrierAccess;
import io.hatchery.talent.team.domain.OperatingContract;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Operating contracts of professional teams with carriers, recorded by officers of the carrier's region. */
@Service
public class TeamService {

    private static final Listing<OperatingContract> LISTING = new Listing<>(1,
            contract -> new Document("carrierId", contract.carrierId()).append("from", contract.from().toString()),
            List.of(new Index().on(Listing.path("carrierId"), Sort.Direction.ASC).named("list_carrierId")));

    private final AggregateStore<OperatingContract> contracts;
    private final CarrierAccess carriers;
    private final EventContexts eventContexts;
    private final Clock clock;

    public TeamService(AggregateStores stores, CarrierAccess carriers, EventContexts eventContexts, Clock clock) {
        this.contracts = stores.create("operating_contracts", "operating contract", OperatingContract.class,
                OperatingContract::region, LISTING);
        this.carriers = carriers;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    public Aggregate<OperatingContract> contract(Actor actor, String carrierId, String teamUscc, String teamName,
            String scope, LocalDate from, LocalDate until, String idempotencyKey, String requestFingerprint) {
        List<FieldError> problems = OperatingContract.problems(teamUscc, teamName, from, until, LocalDate.now(clock))
                .stream().map(problem -> new FieldError(problem.field(), problem.message())).toList();
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        CarrierEntry carrier = carriers.requireWrite(actor, carrierId);
        String id = "team-" + Idempotency.aggregateId("operating contract", actor.subject(), idempotencyKey);
        OperatingContract contract = new OperatingContract(id, teamUscc, teamName.trim(), carrier.id(),
                carrier.region(), scope, from, until, null);
        return Commands.create(contracts, id, () -> OperatingContract.contract(contract), eventContexts.of(actor),
                requestFingerprint);
    }

    public Aggregate<OperatingContract> end(Actor actor, String id, Long expectedVersion, LocalDate on) {
        if (on.isAfter(LocalDate.now(clock))) {
            throw InvalidRequestException.of("endedOn", "is in the future");
        }
        return Commands.execute(contracts, id, expectedVersion,
                contract -> carriers.requireWrite(actor, contract.carrierId()),
                contract -> OperatingContract.end(contract, on), eventContexts.of(actor));
    }

    public Aggregate<OperatingContract> get(Actor actor, String id) {
        Aggregate<OperatingContract> contract = contracts.require(id);
        carriers.requireRead(actor, contract.state().carrierId());
        return contract;
    }

    /** A carrier's operating contracts, oldest first (a carrier has few). */
    public List<Aggregate<OperatingContract>> ofCarrier(Actor actor, String carrierId) {
        carriers.requireRead(actor, carrierId);
        return contracts.find(Query.query(Criteria.where(Listing.path("carrierId")).is(carrierId))
                .with(Sort.by(Listing.path("from"))).limit(500));
    }
}
