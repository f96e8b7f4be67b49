package io.hatchery.statistics.projection.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Flows by (region, series, dimensions) and effective date. Every flow is booked on its statistical region and on
 * each region above it, so a city or province query reads its own cells only. Remembers which (region, series)
 * pairs changed since it was last asked, for the live feed.
 */
public final class Cube {

    private final Function<String, List<String>> selfAndAncestors;
    private final Map<String, Map<Series, Map<Dims, FlowSeries>>> cells = new HashMap<>();
    /** Series changed per region since the last drain; an enum set per region, so that booking allocates nothing. */
    private final Map<String, Set<Series>> touched = new HashMap<>();

    /** A region and series whose figures changed. */
    public record Touched(String region, Series series) {
    }

    public Cube(Function<String, List<String>> selfAndAncestors) {
        this.selfAndAncestors = selfAndAncestors;
    }

    /** Adds {@code times} × the delta (negative to take it out) on its region and every region above. */
    public void apply(Delta delta, int times) {
        for (String region : selfAndAncestors.apply(delta.region())) {
            cells.computeIfAbsent(region, r -> new EnumMap<>(Series.class))
                    .computeIfAbsent(delta.series(), s -> new HashMap<>())
                    .computeIfAbsent(delta.dims(), d -> new FlowSeries())
                    .add(delta.date(), times * delta.amount());
            touched.computeIfAbsent(region, r -> EnumSet.noneOf(Series.class)).add(delta.series());
        }
    }

    /** Sum of the matching cells' flows up to and including {@code date}. */
    public long stock(String region, Series series, Predicate<Dims> matching, LocalDate date) {
        long sum = 0;
        for (Map.Entry<Dims, FlowSeries> cell : cellsOf(region, series).entrySet()) {
            if (matching.test(cell.getKey())) {
                sum += cell.getValue().stockAt(date);
            }
        }
        return sum;
    }

    /** Sum of the matching cells' flows from {@code from} to {@code to}, both inclusive. */
    public long flow(String region, Series series, Predicate<Dims> matching, LocalDate from, LocalDate to) {
        long sum = 0;
        for (Map.Entry<Dims, FlowSeries> cell : cellsOf(region, series).entrySet()) {
            if (matching.test(cell.getKey())) {
                sum += cell.getValue().flowBetween(from, to);
            }
        }
        return sum;
    }

    /** What changed since the last call, and forgets it. */
    public Set<Touched> drainTouched() {
        Set<Touched> changed = new HashSet<>();
        touched.forEach((region, series) -> series.forEach(one -> changed.add(new Touched(region, one))));
        touched.clear();
        return changed;
    }

    private Map<Dims, FlowSeries> cellsOf(String region, Series series) {
        Map<Series, Map<Dims, FlowSeries>> bySeries = cells.get(region);
        if (bySeries == null) {
            return Map.of();
        }
        return bySeries.getOrDefault(series, Map.of());
    }
}
