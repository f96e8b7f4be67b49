package io.hatchery.statistics.query.web;

import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.persistence.AggregateNotFoundException;
import io.hatchery.statistics.projection.domain.Indicator;
import io.hatchery.statistics.projection.events.FiguresProjection;
import io.hatchery.web.security.Actor;
import io.hatchery.web.security.RegionScope;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Figures of a region, answered from memory. */
@RestController
@RequestMapping("/api/statistics/regions/{code}/indicators")
public class IndicatorController {

    private final FiguresProjection projection;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final Clock clock;

    public IndicatorController(FiguresProjection projection, RegionCatalog regions, RegionScope scope, Clock clock) {
        this.projection = projection;
        this.regions = regions;
        this.scope = scope;
        this.clock = clock;
    }

    /** A stock indicator at a date (default: today). */
    @GetMapping("/{indicator}")
    public IndicatorValue stock(Actor actor, @PathVariable String code, @PathVariable String indicator,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        if (!regions.contains(code)) {
            throw new AggregateNotFoundException("region", code);
        }
        Indicator known = Indicator.byKey(indicator)
                .orElseThrow(() -> new AggregateNotFoundException("indicator", indicator));
        scope.requireRead(actor, code);
        LocalDate date = at != null ? at : LocalDate.now(clock);
        return new IndicatorValue(code, known.key(), date, projection.stockAt(code, known, date));
    }
}
