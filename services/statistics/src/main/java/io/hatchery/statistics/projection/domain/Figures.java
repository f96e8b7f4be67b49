package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.registry.CarrierDelisted;
import io.hatchery.contracts.registry.CarrierRegistered;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures of the province as flows per (region, indicator), built from events. Keeps the per-carrier facts
 * needed to turn each event into exact deltas (a delisting takes the carrier out of the region it counted in).
 * Every flow is booked on the region and on each of its ancestors, so a city's figure is the sum of its counties
 * and zones. Not thread-safe: one consumer thread applies events; readers go through the projection's lock.
 */
public final class Figures {

    private record Key(String region, Indicator indicator) {
    }

    private record CarrierFacts(String region, boolean counted) {
    }

    private final Function<String, List<String>> selfAndAncestors;
    private final Map<Key, FlowSeries> series = new HashMap<>();
    private final Map<String, CarrierFacts> carriers = new HashMap<>();

    /** @param selfAndAncestors a region code, then its parent, up to the province */
    public Figures(Function<String, List<String>> selfAndAncestors) {
        this.selfAndAncestors = selfAndAncestors;
    }

    public void apply(String aggregateId, DomainEvent event) {
        if (event instanceof CarrierRegistered registered) {
            if (!carriers.containsKey(aggregateId)) {
                carriers.put(aggregateId, new CarrierFacts(registered.region(), true));
                book(registered.region(), Indicator.CARRIERS_COUNT, registered.effectiveDate(), +1);
            }
        } else if (event instanceof CarrierDelisted delisted) {
            CarrierFacts facts = carriers.get(aggregateId);
            if (facts != null && facts.counted()) {
                carriers.put(aggregateId, new CarrierFacts(facts.region(), false));
                book(facts.region(), Indicator.CARRIERS_COUNT, delisted.effectiveDate(), -1);
            }
        }
    }

    public long stockAt(String region, Indicator indicator, LocalDate date) {
        FlowSeries flows = series.get(new Key(region, indicator));
        return flows == null ? 0 : flows.stockAt(date);
    }

    private void book(String region, Indicator indicator, LocalDate date, long delta) {
        for (String code : selfAndAncestors.apply(region)) {
            series.computeIfAbsent(new Key(code, indicator), key -> new FlowSeries()).add(date, delta);
        }
    }
}
