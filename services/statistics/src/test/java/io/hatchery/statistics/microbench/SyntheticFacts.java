package io.hatchery.statistics.microbench;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.Qualification;
import io.hatchery.statistics.projection.domain.CarrierFacts;
import io.hatchery.statistics.projection.domain.CarrierFacts.AreaEntry;
import io.hatchery.statistics.projection.domain.CarrierFacts.DesignationEntry;
import io.hatchery.statistics.projection.domain.CarrierFacts.LevelEntry;
import io.hatchery.statistics.projection.domain.Contributions;
import io.hatchery.statistics.projection.domain.Delta;
import io.hatchery.statistics.projection.domain.FirmFacts;
import io.hatchery.statistics.projection.domain.FirmFacts.Incubation;
import io.hatchery.statistics.projection.domain.FirmFacts.QualificationEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Facts as the projection holds them after a province's history: carriers with a level or two, an area and now
 * and then a designation; firms with one stay (sometimes two), graduated or left or still incubating, some with a
 * tech-SME qualification.
 */
final class SyntheticFacts {

    private final Random random;
    private final List<String> counties = SyntheticProvince.counties();
    private final List<CarrierFacts> carriers = new ArrayList<>();
    private final List<FirmFacts> firms = new ArrayList<>();
    private final Map<String, CarrierKind> kinds = new HashMap<>();

    SyntheticFacts(long seed, int entities) {
        random = new Random(seed);
        for (int i = 0; i < entities; i++) {
            carriers.add(carrier("carrier-" + i));
        }
        for (int i = 0; i < entities; i++) {
            firms.add(firm("firm-" + i));
        }
    }

    /** Exactly {@code count} deltas of such facts, firms' and carriers' mixed as they come. */
    static List<Delta> deltas(long seed, int count) {
        SyntheticFacts facts = new SyntheticFacts(seed, count / 4);
        List<Delta> deltas = new ArrayList<>();
        for (int i = 0; deltas.size() < count; i++) {
            deltas.addAll(Contributions.ofFirm(facts.firms.get(i % facts.firms.size()), List.of(), List.of(),
                    facts.kinds::get));
            deltas.addAll(Contributions.ofCarrier(facts.carriers.get(i % facts.carriers.size())));
        }
        return List.copyOf(deltas.subList(0, count));
    }

    List<CarrierFacts> carriers() {
        return carriers;
    }

    List<FirmFacts> firms() {
        return firms;
    }

    Map<String, CarrierKind> kinds() {
        return kinds;
    }

    private CarrierFacts carrier(String id) {
        CarrierKind kind = CarrierKind.values()[random.nextInt(CarrierKind.values().length)];
        kinds.put(id, kind);
        LocalDate registered = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3000));
        List<LevelEntry> levels = new ArrayList<>();
        if (random.nextBoolean()) {
            levels.add(new LevelEntry(registered.plusDays(200), 2, 1, true));
            if (random.nextInt(4) == 0) {
                levels.add(new LevelEntry(registered.plusDays(900), 3, 2, true));
            }
        }
        List<DesignationEntry> designations = random.nextInt(10) == 0
                ? List.of(new DesignationEntry(registered.plusDays(400), 4, "DEMONSTRATION", true)) : List.of();
        LocalDate delisted = random.nextInt(20) == 0 ? registered.plusDays(1500) : null;
        return new CarrierFacts(id, kind, counties.get(random.nextInt(counties.size())), registered, delisted, levels,
                List.of(new AreaEntry(registered, 1, 2000 + random.nextInt(20_000), 1500)), designations);
    }

    private FirmFacts firm(String id) {
        CarrierFacts carrier = carriers.get(random.nextInt(carriers.size()));
        LocalDate admitted = carrier.registeredOn().plusDays(30 + random.nextInt(2500));
        List<Incubation> stays = new ArrayList<>();
        int outcome = random.nextInt(10);
        LocalDate left = admitted.plusDays(300 + random.nextInt(1200));
        stays.add(new Incubation(carrier.id(), carrier.region(), admitted, outcome < 7 ? left : null, outcome < 5));
        if (outcome == 5 || outcome == 6) {
            CarrierFacts next = carriers.get(random.nextInt(carriers.size()));
            stays.add(new Incubation(next.id(), next.region(), left.plusDays(30), null, false));
        }
        List<QualificationEntry> qualifications = new ArrayList<>();
        if (random.nextInt(5) < 2) {
            LocalDate qualified = admitted.plusDays(100 + random.nextInt(400));
            qualifications.add(new QualificationEntry(Qualification.TECH_SME, "T" + id, qualified,
                    qualified.plusYears(1)));
        }
        return new FirmFacts(id, carrier.region(), stays, qualifications);
    }
}
