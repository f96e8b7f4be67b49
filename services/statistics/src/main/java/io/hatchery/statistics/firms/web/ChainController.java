package io.hatchery.statistics.firms.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.persistence.AggregateNotFoundException;
import io.hatchery.statistics.projection.app.ProjectionEngine;
import io.hatchery.statistics.projection.domain.ChainReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A region's incubation chain (maker space or nursery → incubator → accelerator → park) over a window: per stage,
 * firms entering, moving on, graduating, kept in the region's accelerators and parks, and leaving.
 */
@RestController
@RequestMapping("/api/statistics/regions/{code}/chain")
public class ChainController {

    private final ProjectionEngine engine;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final Clock clock;

    public ChainController(ProjectionEngine engine, RegionCatalog regions, RegionScope scope, Clock clock) {
        this.engine = engine;
        this.regions = regions;
        this.scope = scope;
        this.clock = clock;
    }

    /** {@code from} defaults to the first of this year, {@code to} to today; both inclusive. */
    @GetMapping
    public ChainReport chain(Actor actor, @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (!regions.contains(code)) {
            throw new AggregateNotFoundException("region", code);
        }
        scope.requireRead(actor, code);
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.withDayOfYear(1);
        if (start.isAfter(end)) {
            throw new InvalidRequestException(List.of(new FieldError("to", "must not be before from (" + start
                    + ")")));
        }
        return engine.read(figures -> figures.firms().chain(code, start, end));
    }
}
