package io.hatchery.talent.staff.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Commands;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.directory.CarrierEntry;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateAlreadyExistsException;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.persistence.Listing;
import io.hatchery.talent.carrier.app.CarrierAccess;
import io.hatchery.talent.staff.domain.StaffRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Service;

/** Carriers' service staff, reported by their operators or officers of their region. */
@Service
public class StaffService {

    private static final Listing<StaffRecord> LISTING = new Listing<>(1,
            record -> new Document("region", record.region()).append("carrierId", record.carrierId()), List.of());

    private final AggregateStore<StaffRecord> records;
    private final CarrierAccess carriers;
    private final EventContexts eventContexts;
    private final Clock clock;

    public StaffService(AggregateStores stores, CarrierAccess carriers, EventContexts eventContexts, Clock clock) {
        this.records = stores.create("staff", "staff record", StaffRecord.class, StaffRecord::region, LISTING);
        this.carriers = carriers;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    public Aggregate<StaffRecord> report(Actor actor, String carrierId, StaffRecord.Report report) {
        List<FieldError> problems = StaffRecord.problems(report.fullTime(), report.partTime(), report.trained(),
                report.asOf(), LocalDate.now(clock)).stream()
                .map(problem -> new FieldError(problem.field(), problem.message())).toList();
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        CarrierEntry carrier = carriers.requireWrite(actor, carrierId);
        String id = StaffRecord.idOf(carrier.id());
        if (records.find(id).isEmpty()) {
            try {
                return Commands.create(records, id, () -> StaffRecord.report(new StaffRecord(carrier.id(),
                        carrier.region(), List.of()), report), eventContexts.of(actor), null);
            } catch (AggregateAlreadyExistsException reportedMeanwhile) {
                // another report created the record first: add this one to it
            }
        }
        return Commands.execute(records, id, null, record -> { }, record -> StaffRecord.report(record, report),
                eventContexts.of(actor));
    }

    /** The carrier's reports; none is an empty record. */
    public StaffRecord get(Actor actor, String carrierId) {
        CarrierEntry carrier = carriers.requireRead(actor, carrierId);
        return records.find(StaffRecord.idOf(carrier.id())).map(Aggregate::state)
                .orElse(new StaffRecord(carrier.id(), carrier.region(), List.of()));
    }
}
