package io.hatchery.statistics.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.contracts.registry.Qualification;
import io.hatchery.statistics.projection.domain.HistoryGenerator.Delivery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For many random histories (with redeliveries, out-of-order effective dates and level changes) every indicator,
 * for every region and many dates and windows, equals a brute-force recomputation from the raw events; and so
 * does a projection restored from a snapshot of it.
 */
class ProjectionMatchesBruteForceTest {

    private static final Function<String, List<String>> CHAIN = HistoryGenerator.CHAIN;
    private static final List<String> QUERY_REGIONS = HistoryGenerator.QUERY_REGIONS;
    private static final List<Filter> CARRIER_FILTERS = List.of(Filter.NONE,
            new Filter(Set.of(CarrierKind.INCUBATOR), null, null, null),
            new Filter(Set.of(CarrierKind.MAKER_SPACE, CarrierKind.NURSERY), null, null, null),
            new Filter(null, CertificationLevel.MUNICIPAL, null, null),
            new Filter(null, CertificationLevel.PROVINCIAL, null, null),
            new Filter(Set.of(CarrierKind.INCUBATOR, CarrierKind.ACCELERATOR), CertificationLevel.NATIONAL, null, null),
            new Filter(null, CertificationLevel.NATIONAL_EXCELLENCE, null, null));
    private static final List<Filter> DESIGNATION_FILTERS = List.of(
            new Filter(null, null, Designation.DEMONSTRATION, null),
            new Filter(Set.of(CarrierKind.INCUBATOR), null, Designation.BENCHMARK, null));
    private static final List<Filter> FIRM_FILTERS = List.of(Filter.NONE,
            new Filter(Set.of(CarrierKind.INCUBATOR, CarrierKind.MAKER_SPACE), null, null, null));

    static List<Long> seeds() {
        return HistoryGenerator.seeds(7919);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyIndicatorEqualsTheBruteForceRecomputation(long seed) {
        HistoryGenerator generator = new HistoryGenerator(seed);
        Projection projection = HistoryGenerator.applied(generator.generate());
        Projection restored = Projection.restore(projection.snapshot(), CHAIN);
        BruteForce truth = new BruteForce(generator.histories(), CHAIN);
        List<LocalDate> dates = dates(generator.histories(), new Random(seed));

        for (Projection candidate : List.of(projection, restored)) {
            for (String region : QUERY_REGIONS) {
                compare(candidate, truth, region, dates, new Random(seed + region.hashCode()));
            }
        }
    }

    private static void compare(Projection projection, BruteForce truth, String region, List<LocalDate> dates,
            Random random) {
        for (LocalDate date : dates) {
            for (Filter filter : CARRIER_FILTERS) {
                check(projection.figures().valueAt(region, Indicator.CARRIERS_COUNT, filter, date),
                        truth.carriersCount(region, filter, date), "carriers.count", region, filter, date);
            }
            for (Filter filter : DESIGNATION_FILTERS) {
                check(projection.figures().valueAt(region, Indicator.CARRIERS_COUNT, filter, date),
                        truth.carriersCount(region, filter, date), "carriers.count", region, filter, date);
            }
            for (Filter filter : FIRM_FILTERS) {
                check(projection.figures().valueAt(region, Indicator.CARRIERS_AREA, filter, date),
                        truth.area(region, filter, date, false), "carriers.area", region, filter, date);
                check(projection.figures().valueAt(region, Indicator.CARRIERS_AREA_INCUBATION, filter, date),
                        truth.area(region, filter, date, true), "carriers.area.incubation", region, filter, date);
                check(projection.figures().valueAt(region, Indicator.FIRMS_INCUBATING, filter, date),
                        truth.incubating(region, filter, date), "firms.incubating", region, filter, date);
                for (Scope scope : new Scope[] {null, Scope.EVER_INCUBATED}) {
                    Filter scoped = new Filter(filter.kinds(), null, null, scope);
                    check(projection.figures().valueAt(region, Indicator.FIRMS_TECH_SME, scoped, date),
                            truth.qualified(region, scoped, date, Qualification.TECH_SME), "firms.tech_sme", region,
                            scoped, date);
                    check(projection.figures().valueAt(region, Indicator.FIRMS_HIGH_TECH, scoped, date),
                            truth.qualified(region, scoped, date, Qualification.HIGH_TECH), "firms.high_tech", region,
                            scoped, date);
                }
                assertThat(projection.figures().valueAt(region, Indicator.EVALUATIONS_GOOD_RATE, filter, date))
                        .as("evaluations.good_rate %s %s %s", region, filter, date)
                        .isEqualTo(truth.goodRate(region, filter, date));
                assertThat(projection.figures().valueAt(region, Indicator.FIRMS_TECH_SME_SHARE, filter, date))
                        .as("firms.tech_sme_share %s %s %s", region, filter, date)
                        .isEqualTo(truth.techSmeShare(region, filter, date));
            }
        }
        for (int w = 0; w < 8; w++) {
            LocalDate from = dates.get(random.nextInt(dates.size()));
            LocalDate to = from.plusDays(random.nextInt(2000));
            for (Filter filter : CARRIER_FILTERS) {
                check(projection.figures().valueBetween(region, Indicator.CARRIERS_CERTIFIED, filter, from, to),
                        truth.carriersCertified(region, filter, from, to), "carriers.certified", region, filter, from);
            }
            for (Filter filter : FIRM_FILTERS) {
                check(projection.figures().valueBetween(region, Indicator.CARRIERS_AREA_ADDED, filter, from, to),
                        truth.areaAdded(region, filter, from, to), "carriers.area.added", region, filter, from);
                check(projection.figures().valueBetween(region, Indicator.FIRMS_ADMITTED, filter, from, to),
                        truth.movements(region, filter, from, to, null), "firms.admitted", region, filter, from);
                check(projection.figures().valueBetween(region, Indicator.FIRMS_GRADUATED, filter, from, to),
                        truth.movements(region, filter, from, to, true), "firms.graduated", region, filter, from);
                check(projection.figures().valueBetween(region, Indicator.FIRMS_EXITED, filter, from, to),
                        truth.movements(region, filter, from, to, false), "firms.exited", region, filter, from);
                check(projection.figures().valueBetween(region, Indicator.EVALUATIONS_COUNT, filter, from, to),
                        truth.evaluations(region, filter, from, to, false), "evaluations.count", region, filter, from);
                check(projection.figures().valueBetween(region, Indicator.INVESTMENTS_COUNT, filter, from, to),
                        truth.investments(region, filter, from, to, false), "investments.count", region, filter, from);
                check(projection.figures().valueBetween(region, Indicator.INVESTMENTS_AMOUNT, filter, from, to),
                        truth.investments(region, filter, from, to, true), "investments.amount", region, filter, from);
            }
        }
    }

    private static void check(BigDecimal actual, long expected, String indicator, String region, Filter filter,
            LocalDate date) {
        assertThat(actual).as("%s in %s with %s at/from %s", indicator, region, filter.describe(), date)
                .isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    /** Random dates plus every effective date and the day before it: the edges where off-by-one errors live. */
    private static List<LocalDate> dates(Map<String, List<Delivery>> histories, Random random) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int i = 0; i < 10; i++) {
            dates.add(LocalDate.of(2014, 1, 1).plusDays(random.nextInt(5000)));
        }
        List<LocalDate> effective = new ArrayList<>();
        histories.values().forEach(history -> history.forEach(delivery -> {
            DomainEvent event = delivery.event();
            effective.add(event.effectiveDate());
        }));
        for (int i = 0; i < 12 && !effective.isEmpty(); i++) {
            LocalDate edge = effective.get(random.nextInt(effective.size()));
            dates.add(edge);
            dates.add(edge.minusDays(1));
        }
        return new ArrayList<>(dates);
    }
}
