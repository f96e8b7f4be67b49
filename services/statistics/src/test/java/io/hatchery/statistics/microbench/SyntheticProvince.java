package io.hatchery.statistics.microbench;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.region.Region;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.contracts.registry.CarrierCertified;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.ExitReason;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.registry.FirmExited;
import io.hatchery.contracts.registry.FirmGraduated;
import io.hatchery.contracts.registry.FirmQualified;
import io.hatchery.contracts.registry.FirmRegistered;
import io.hatchery.contracts.registry.GraduationBasis;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.contracts.registry.Qualification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The input of the micro-benchmarks: a seeded province (Jiangsu's counties) whose carriers are registered and
 * certified and whose firms are registered, admitted, qualified and graduate or leave, in the proportions of the
 * replay benchmark's generator. Deliveries keep each aggregate's order, as the registry publishes them.
 */
final class SyntheticProvince {

    static final String PROVINCE = "320000";
    static final String CARRIERS = Topics.Names.REGISTRY_CARRIERS;
    static final String FIRMS = Topics.Names.REGISTRY_FIRMS;
    /** One event of one aggregate as the projection receives it. */
    record Delivery(String stream, String subject, long version, DomainEvent event) {
    }

    private static final RegionCatalog REGIONS = RegionCatalog.national();
    private static final int FIRMS_PER_CARRIER = 8;

    private final Random random;
    private final List<String> counties;
    private final List<Delivery> deliveries = new ArrayList<>();

    private SyntheticProvince(long seed) {
        this.random = new Random(seed);
        this.counties = counties();
    }

    /** Exactly {@code events} deliveries, carriers each followed by their firms. */
    static List<Delivery> events(long seed, int events) {
        SyntheticProvince province = new SyntheticProvince(seed);
        for (int carrier = 0; province.deliveries.size() < events; carrier++) {
            province.carrier("carrier-" + carrier);
        }
        return List.copyOf(province.deliveries.subList(0, events));
    }

    /** The province's statistical regions: its counties and districts. */
    static List<String> counties() {
        return REGIONS.selfAndDescendants(PROVINCE).stream().filter(region -> region.level().isStatisticalLeaf())
                .map(Region::code).toList();
    }

    /** A county, its city and the province: what the statistics service gets from the division table. */
    static Function<String, List<String>> selfAndAncestors() {
        return code -> REGIONS.selfAndAncestors(code).stream().map(Region::code).toList();
    }

    private void carrier(String id) {
        CarrierKind kind = CarrierKind.values()[random.nextInt(CarrierKind.values().length)];
        String county = counties.get(random.nextInt(counties.size()));
        LocalDate registered = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3000));
        long version = 0;
        deliveries.add(new Delivery(CARRIERS, id, ++version, new CarrierRegistered(id, kind, county, null,
                new CarrierProfile("载体", new Operator("运营", "91350100M000100Y43"), null,
                        BigDecimal.valueOf(2000 + random.nextInt(20_000)), BigDecimal.valueOf(1500), List.of(), null,
                        List.of()), registered, registered)));
        if (random.nextBoolean()) {
            deliveries.add(new Delivery(CARRIERS, id, ++version, new CarrierCertified(id, kind,
                    CertificationLevel.MUNICIPAL, null, "科技局", "M" + id, registered.plusDays(200))));
            if (random.nextInt(4) == 0) {
                deliveries.add(new Delivery(CARRIERS, id, ++version, new CarrierCertified(id, kind,
                        CertificationLevel.PROVINCIAL, null, "科技厅", "P" + id, registered.plusDays(900))));
            }
        }
        for (int f = 0; f < FIRMS_PER_CARRIER; f++) {
            firm(id + "-firm-" + f, id, county, registered.plusDays(30 + random.nextInt(2500)));
        }
    }

    private void firm(String id, String carrier, String county, LocalDate admitted) {
        long version = 0;
        deliveries.add(new Delivery(FIRMS, id, ++version, new FirmRegistered(id, "91350100M000100Y43", "企业",
                admitted.minusMonths(6), "software", county, admitted.minusMonths(6))));
        deliveries.add(new Delivery(FIRMS, id, ++version, new FirmAdmitted(id, carrier, county, admitted)));
        if (random.nextInt(5) < 2) {
            LocalDate qualified = admitted.plusDays(100 + random.nextInt(400));
            deliveries.add(new Delivery(FIRMS, id, ++version, new FirmQualified(id, Qualification.TECH_SME,
                    qualified.getYear(), "T" + id, qualified.plusYears(1), qualified)));
        }
        int outcome = random.nextInt(10);
        LocalDate left = admitted.plusDays(300 + random.nextInt(1200));
        if (outcome < 5) {
            deliveries.add(new Delivery(FIRMS, id, ++version, new FirmGraduated(id, carrier,
                    List.of(GraduationBasis.HIGH_TECH), "证书", left)));
        } else if (outcome < 7) {
            deliveries.add(new Delivery(FIRMS, id, ++version, new FirmExited(id, carrier, ExitReason.MOVED, null,
                    left)));
        }
    }
}
