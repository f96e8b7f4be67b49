package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.statistics.FigureChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Which figures of the live feed a set of changed cells moves, and their values today. */
final class FigureChanges {

    /** The stock and ratio indicators each series moves. */
    private static final Map<Series, List<Indicator>> FEED = Map.of(
            Series.CARRIERS, List.of(Indicator.CARRIERS_COUNT),
            Series.CARRIER_AREA, List.of(Indicator.CARRIERS_AREA),
            Series.CARRIER_INCUBATION_AREA, List.of(Indicator.CARRIERS_AREA_INCUBATION),
            Series.FIRMS_INCUBATING, List.of(Indicator.FIRMS_INCUBATING, Indicator.FIRMS_TECH_SME_SHARE),
            Series.FIRMS_TECH_SME, List.of(Indicator.FIRMS_TECH_SME, Indicator.FIRMS_TECH_SME_SHARE),
            Series.FIRMS_HIGH_TECH, List.of(Indicator.FIRMS_HIGH_TECH));

    private FigureChanges() {
    }

    static List<FigureChange> of(Set<Cube.Touched> touched, Figures figures, LocalDate today) {
        Map<String, Set<Indicator>> byRegion = new HashMap<>();
        for (Cube.Touched cell : touched) {
            for (Indicator indicator : FEED.getOrDefault(cell.series(), List.of())) {
                byRegion.computeIfAbsent(cell.region(), r -> new TreeSet<>()).add(indicator);
            }
        }
        List<FigureChange> changes = new ArrayList<>();
        for (Map.Entry<String, Set<Indicator>> region : byRegion.entrySet()) {
            for (Indicator indicator : region.getValue()) {
                BigDecimal value = figures.valueAt(region.getKey(), indicator, Filter.NONE, today);
                if (value != null) {
                    changes.add(new FigureChange(region.getKey(), indicator.key(), today, value));
                }
            }
        }
        return changes;
    }
}
