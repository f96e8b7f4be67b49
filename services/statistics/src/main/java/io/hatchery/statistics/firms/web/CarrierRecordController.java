package io.hatchery.statistics.firms.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.access.Role;
import io.hatchery.persistence.AggregateNotFoundException;
import io.hatchery.statistics.projection.app.ProjectionEngine;
import io.hatchery.statistics.projection.domain.CarrierRecord;
import io.hatchery.web.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A carrier's record from every service's events: its ratings, mentors (pseudonymous) and firms' outcomes. Readers
 * of the register in the carrier's region; an operator for its own carrier.
 */
@RestController
public class CarrierRecordController {

    private final ProjectionEngine engine;
    private final RegionScope scope;

    public CarrierRecordController(ProjectionEngine engine, RegionScope scope) {
        this.engine = engine;
        this.scope = scope;
    }

    @GetMapping("/api/statistics/carriers/{id}/record")
    @PreAuthorize(Roles.REGISTER_READERS)
    public CarrierRecord record(Actor actor, @PathVariable String id) {
        CarrierRecord record = engine.read(figures -> figures.firms().carrier(id))
                .orElseThrow(() -> new AggregateNotFoundException("carrier", id));
        if (actor.has(Role.CARRIER_OPERATOR)) {
            if (!actor.operates(id)) {
                throw new RegionAccessDeniedException(record.region(), "carrier " + id + " is not yours");
            }
        } else {
            scope.requireRead(actor, record.region());
        }
        return record;
    }
}
