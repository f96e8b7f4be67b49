package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.registry.CarrierKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the statistics need to know about a carrier, as histories by effective date (back-dated events sort into
 * place; events of one date keep their recording order, the aggregate version).
 *
 * @param kind null until its registration has been seen
 */
public record CarrierFacts(
        String id,
        CarrierKind kind,
        String region,
        LocalDate registeredOn,
        LocalDate delistedOn,
        List<LevelEntry> levels,
        List<AreaEntry> areas,
        List<DesignationEntry> designations) {

    /** A certification (raising or confirming) or a downgrade to {@code rank} (0 = none). */
    public record LevelEntry(LocalDate date, long version, int rank, boolean certification) {
    }

    /** Areas in m² from {@code date} on. */
    public record AreaEntry(LocalDate date, long version, long total, long incubation) {
    }

    public record DesignationEntry(LocalDate date, long version, String designation, boolean granted) {
    }

    static final Comparator<LevelEntry> LEVEL_ORDER =
            Comparator.comparing(LevelEntry::date).thenComparingLong(LevelEntry::version);
    static final Comparator<AreaEntry> AREA_ORDER =
            Comparator.comparing(AreaEntry::date).thenComparingLong(AreaEntry::version);
    static final Comparator<DesignationEntry> DESIGNATION_ORDER =
            Comparator.comparing(DesignationEntry::date).thenComparingLong(DesignationEntry::version);

    public CarrierFacts {
        levels = levels == null ? List.of() : levels.stream().sorted(LEVEL_ORDER).toList();
        areas = areas == null ? List.of() : areas.stream().sorted(AREA_ORDER).toList();
        designations = designations == null ? List.of() : designations.stream().sorted(DESIGNATION_ORDER).toList();
    }

    static CarrierFacts unknown(String id) {
        return new CarrierFacts(id, null, null, null, null, List.of(), List.of(), List.of());
    }

    CarrierFacts registered(CarrierKind kind, String region, LocalDate on, AreaEntry area) {
        return new CarrierFacts(id, kind, region, on, delistedOn, levels, append(areas, area), designations);
    }

    CarrierFacts withLevel(LevelEntry entry) {
        return new CarrierFacts(id, kind, region, registeredOn, delistedOn, append(levels, entry), areas,
                designations);
    }

    CarrierFacts withArea(AreaEntry entry) {
        return new CarrierFacts(id, kind, region, registeredOn, delistedOn, levels, append(areas, entry),
                designations);
    }

    CarrierFacts withDesignation(DesignationEntry entry) {
        return new CarrierFacts(id, kind, region, registeredOn, delistedOn, levels, areas,
                append(designations, entry));
    }

    CarrierFacts delisted(LocalDate on) {
        return new CarrierFacts(id, kind, region, registeredOn, on, levels, areas, designations);
    }

    private static <T> List<T> append(List<T> list, T entry) {
        List<T> copy = new ArrayList<>(list);
        copy.add(entry);
        return copy;
    }
}
