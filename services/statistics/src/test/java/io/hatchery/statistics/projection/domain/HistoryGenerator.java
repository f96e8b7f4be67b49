package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.evaluation.EvaluationCompleted;
import io.hatchery.contracts.evaluation.EvaluationOutcome;
import io.hatchery.contracts.evaluation.Rating;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.region.DeploymentZone;
import io.hatchery.contracts.region.Region;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.contracts.registry.CarrierCertified;
import io.hatchery.contracts.registry.CarrierDelisted;
import io.hatchery.contracts.registry.CarrierDesignated;
import io.hatchery.contracts.registry.CarrierDowngraded;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierProfileChanged;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.CarrierUndesignated;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.contracts.registry.ExitReason;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.registry.FirmExited;
import io.hatchery.contracts.registry.FirmGraduated;
import io.hatchery.contracts.registry.FirmQualificationLapsed;
import io.hatchery.contracts.registry.FirmQualified;
import io.hatchery.contracts.registry.FirmRegistered;
import io.hatchery.contracts.registry.GraduationBasis;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.contracts.registry.Qualification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Random but plausible event histories: carriers with back-dated certifications, downgrades, designations, area
 * changes and delistings; firms moving through carriers with qualifications; investments. Then a delivery order
 * that keeps each aggregate's order (as Kafka's partitions do) and adds redeliveries of earlier events.
 */
final class HistoryGenerator {

    static final List<String> LEAVES = List.of("320902", "320903", "320900-yannan", "330483", "330381");
    /** The regions of the histories, with the zone among the leaves. */
    static final RegionCatalog REGIONS =
            RegionCatalog.withZones(List.of(new DeploymentZone("320900-yannan", "盐南高新区", "320900")));
    static final Function<String, List<String>> CHAIN =
            code -> REGIONS.selfAndAncestors(code).stream().map(Region::code).toList();
    /** The leaves, the regions above them, and a region with nothing in it. */
    static final List<String> QUERY_REGIONS = List.of("320902", "320903", "320900-yannan", "330483",
            "330381", "320900", "330400", "330300", "320000", "330000", "370323");

    /** Sixty seeds, {@code step} apart. */
    static List<Long> seeds(long step) {
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= 60; seed++) {
            seeds.add(seed * step);
        }
        return seeds;
    }

    /** A projection that has applied the deliveries in their order. */
    static Projection applied(List<Delivery> deliveries) {
        Projection projection = new Projection(CHAIN);
        for (Delivery delivery : deliveries) {
            projection.apply(delivery.stream(), delivery.subject(), delivery.version(), delivery.event());
        }
        return projection;
    }

    /** One event of one aggregate as it travels: stream, subject, version. */
    record Delivery(String stream, String subject, long version, DomainEvent event) {
    }

    private final Random random;
    private final Map<String, List<Delivery>> byAggregate = new HashMap<>();
    private final List<String> carrierIds = new ArrayList<>();
    private final Map<String, LocalDate> carrierStart = new HashMap<>();
    private final Map<String, String> carrierRegion = new HashMap<>();
    private final Map<String, LocalDate> carrierEnd = new HashMap<>();
    private final List<String> firmIds = new ArrayList<>();

    HistoryGenerator(long seed) {
        this.random = new Random(seed);
    }

    private LocalDate date(LocalDate from, int maxDays) {
        return from.plusDays(random.nextInt(Math.max(1, maxDays)));
    }

    private void emit(String stream, String subject, DomainEvent event) {
        List<Delivery> events = byAggregate.computeIfAbsent(subject, s -> new ArrayList<>());
        events.add(new Delivery(stream, subject, events.size() + 1, event));
    }

    private static CarrierProfile profile(long total) {
        return new CarrierProfile("载体", new Operator("运营", "91350100M000100Y43"), null, BigDecimal.valueOf(total),
                BigDecimal.valueOf(total * 3 / 4), List.of(), null, List.of());
    }

    /** All deliveries, in a delivery order with duplicates. */
    List<Delivery> generate() {
        int carriers = 4 + random.nextInt(10);
        for (int c = 0; c < carriers; c++) {
            carrier("carrier-" + c);
        }
        int firms = 10 + random.nextInt(30);
        for (int f = 0; f < firms; f++) {
            firm("firm-" + f);
        }
        int investments = random.nextInt(12);
        for (int i = 0; i < investments; i++) {
            String firm = firmIds.get(random.nextInt(firmIds.size()));
            emit(Topics.Names.FUNDING_INVESTMENTS, "inv-" + i, new InvestmentMade("inv-" + i, null, "基金", firm,
                    "91350100M000100Y43", BigDecimal.valueOf(100_000L * (1 + random.nextInt(80))), "A",
                    date(LocalDate.of(2018, 1, 1), 3000)));
        }
        int evaluations = random.nextInt(15);
        for (int e = 0; e < evaluations; e++) {
            String carrier = random.nextInt(8) == 0 ? "unknown-carrier" : carrierIds.get(random.nextInt(carrierIds
                    .size()));
            emit(Topics.Names.EVALUATION_EVALUATIONS, "evaluation-" + e, new EvaluationCompleted("evaluation-" + e,
                    "cycle", null, carrier, 2020 + random.nextInt(6), "scheme", BigDecimal.valueOf(random.nextInt(100)),
                    Rating.values()[random.nextInt(Rating.values().length)], null, EvaluationOutcome.NONE, null, null,
                    date(LocalDate.of(2020, 1, 1), 2200)));
        }
        return deliveryOrder();
    }

    private void carrier(String id) {
        String stream = Topics.Names.REGISTRY_CARRIERS;
        CarrierKind kind = CarrierKind.values()[random.nextInt(CarrierKind.values().length)];
        String region = LEAVES.get(random.nextInt(LEAVES.size()));
        LocalDate start = date(LocalDate.of(2015, 1, 1), 2500);
        carrierIds.add(id);
        carrierStart.put(id, start);
        carrierRegion.put(id, region);
        emit(stream, id, new CarrierRegistered(id, kind, region, null, profile(1000 + random.nextInt(20_000)), start,
                start));
        int changes = random.nextInt(7);
        boolean delisted = false;
        for (int i = 0; i < changes && !delisted; i++) {
            LocalDate when = date(start, 3500);
            switch (random.nextInt(7)) {
                case 0, 1 -> emit(stream, id, new CarrierCertified(id, kind,
                        CertificationLevel.values()[random.nextInt(CertificationLevel.values().length)], null, "局",
                        "C" + i, when));
                case 2 -> emit(stream, id, new CarrierDowngraded(id, CertificationLevel.NATIONAL,
                        random.nextBoolean() ? null : CertificationLevel.values()[random.nextInt(2)], "FAIL", when));
                case 3 -> emit(stream, id, new CarrierDesignated(id,
                        Designation.values()[random.nextInt(2)], "厅", when));
                case 4 -> emit(stream, id, new CarrierUndesignated(id,
                        Designation.values()[random.nextInt(2)], "到期", when));
                case 5 -> emit(stream, id, new CarrierProfileChanged(id, profile(500 + random.nextInt(25_000)),
                        random.nextInt(4) == 0 ? start.minusDays(random.nextInt(200)) : when));
                default -> {
                    LocalDate end = date(start.plusDays(1), 3500);
                    emit(stream, id, new CarrierDelisted(id, null, "两次不合格", end));
                    carrierEnd.put(id, end);
                    delisted = true;
                }
            }
        }
    }

    private void firm(String id) {
        String stream = Topics.Names.REGISTRY_FIRMS;
        firmIds.add(id);
        boolean registered = random.nextInt(10) > 0;
        LocalDate founded = date(LocalDate.of(2016, 1, 1), 3000);
        if (registered) {
            emit(stream, id, new FirmRegistered(id, "91350100M000100Y43", "企业", founded, "software",
                    LEAVES.get(random.nextInt(LEAVES.size())), founded));
        }
        LocalDate cursor = founded;
        int stays = registered ? random.nextInt(3) : 0;
        for (int s = 0; s < stays && !carrierIds.isEmpty(); s++) {
            String carrier = carrierIds.get(random.nextInt(carrierIds.size()));
            LocalDate admitted = date(cursor, 700);
            emit(stream, id, new FirmAdmitted(id, carrier, carrierRegion.get(carrier), admitted));
            for (int q = random.nextInt(3); q > 0; q--) {
                Qualification type = random.nextBoolean() ? Qualification.TECH_SME : Qualification.HIGH_TECH;
                LocalDate from = date(admitted.minusDays(300), 900);
                String number = "Q" + s + q;
                emit(stream, id, new FirmQualified(id, type, from.getYear(), number,
                        random.nextInt(4) == 0 ? null : from.plusDays(200 + random.nextInt(900)), from));
                if (random.nextInt(3) == 0) {
                    emit(stream, id, new FirmQualificationLapsed(id, type, number, date(from, 600)));
                }
            }
            if (random.nextInt(4) == 0) {
                break;
            }
            LocalDate left = date(admitted.plusDays(1), 1500);
            if (random.nextBoolean()) {
                emit(stream, id, new FirmGraduated(id, carrier, List.of(GraduationBasis.HIGH_TECH), "证书", left));
            } else {
                emit(stream, id, new FirmExited(id, carrier, ExitReason.MOVED, null, left));
            }
            cursor = left;
        }
    }

    /**
     * Interleaves the aggregates' event lists at random, keeping each list's order, and sprinkles in
     * redeliveries of events already delivered (the same event again, later).
     */
    private List<Delivery> deliveryOrder() {
        List<List<Delivery>> queues = new ArrayList<>(byAggregate.values());
        int[] next = new int[queues.size()];
        List<Delivery> order = new ArrayList<>();
        int remaining = queues.stream().mapToInt(List::size).sum();
        while (remaining > 0) {
            int q = random.nextInt(queues.size());
            if (next[q] < queues.get(q).size()) {
                order.add(queues.get(q).get(next[q]++));
                remaining--;
                if (random.nextInt(6) == 0) {
                    order.add(order.get(random.nextInt(order.size())));
                }
            }
        }
        return order;
    }

    /** Every aggregate's events once, in version order: what a brute-force recomputation starts from. */
    Map<String, List<Delivery>> histories() {
        return byAggregate;
    }
}
