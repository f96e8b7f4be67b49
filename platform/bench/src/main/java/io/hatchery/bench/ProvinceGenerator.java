package io.hatchery.bench;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.region.Region;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.contracts.region.RegionLevel;
import io.hatchery.contracts.registry.CarrierCertified;
import io.hatchery.contracts.registry.CarrierDelisted;
import io.hatchery.contracts.registry.CarrierDesignated;
import io.hatchery.contracts.registry.CarrierDowngraded;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A synthetic province over ten years (2016–2025), deterministic for a seed: carriers of every kind in every
 * county of the province with certifications, level changes, designations and delistings; firms admitted,
 * qualified, graduated or exited; investments into them. Events stream out aggregate by aggregate, each
 * aggregate's versions in order, as the services would publish them.
 */
public final class ProvinceGenerator {

    /** Sizes by their event counts: S ≈ 100 k, M ≈ 1 M, L ≈ 5 M. */
    public enum Size {
        S(3_500, 28_000), M(35_000, 280_000), L(175_000, 1_400_000), TINY(60, 400);

        final int carriers;
        final int firms;

        Size(int carriers, int firms) {
            this.carriers = carriers;
            this.firms = firms;
        }
    }

    /** One event and the topic it goes to. */
    public record Generated(String topic, EventEnvelope<?> event) {
    }

    private static final LocalDate START = LocalDate.of(2016, 1, 1);
    private static final int DAYS = 3650;

    private final Random random;
    private final List<String> leaves;
    private final int carrierCount;
    private final int firmCount;
    private final String idPrefix;

    /** A province of a benchmark size, over all its counties and zones; ids start with {@code bench-}. */
    public ProvinceGenerator(long seed, Size size, String province) {
        this(seed, size.carriers, size.firms, RegionCatalog.national().selfAndDescendants(province).stream()
                .filter(region -> region.level() == RegionLevel.COUNTY || region.level() == RegionLevel.FUNCTIONAL_ZONE)
                .map(Region::code).toList(), "bench-");
    }

    /**
     * @param leaves   the counties and zones carriers are spread over
     * @param idPrefix starts every aggregate id, so that several provinces can share a broker
     */
    public ProvinceGenerator(long seed, int carriers, int firms, List<String> leaves, String idPrefix) {
        this.random = new Random(seed);
        this.carrierCount = carriers;
        this.firmCount = firms;
        this.leaves = List.copyOf(leaves);
        this.idPrefix = idPrefix;
    }

    /** The regions carriers are spread over. */
    public List<String> leaves() {
        return leaves;
    }

    /** Streams every event to the sink; returns how many. */
    public long generate(Consumer<Generated> sink) {
        long count = 0;
        List<String[]> carriers = new ArrayList<>(carrierCount);
        for (int c = 0; c < carrierCount; c++) {
            String id = idPrefix + "carrier-" + c;
            String region = leaves.get(random.nextInt(leaves.size()));
            CarrierKind kind = CarrierKind.values()[random.nextInt(CarrierKind.values().length)];
            LocalDate start = START.plusDays(random.nextInt(DAYS - 400));
            List<DomainEvent> events = new ArrayList<>();
            events.add(new CarrierRegistered(id, kind, region, null, new CarrierProfile("载体" + c,
                    new Operator("运营", "91350100M000100Y43"), null, BigDecimal.valueOf(500 + random.nextInt(30_000)),
                    BigDecimal.valueOf(400 + random.nextInt(20_000)), List.of(), null, List.of()), start, start));
            for (int i = random.nextInt(3); i > 0; i--) {
                events.add(new CarrierCertified(id, kind, CertificationLevel.values()[random.nextInt(3)], null, "厅",
                        null, start.plusDays(random.nextInt(DAYS))));
            }
            if (random.nextInt(10) == 0) {
                events.add(new CarrierDowngraded(id, CertificationLevel.PROVINCIAL, CertificationLevel.MUNICIPAL,
                        "FAIL", start.plusDays(random.nextInt(DAYS))));
            }
            if (random.nextInt(12) == 0) {
                events.add(new CarrierDesignated(id, Designation.values()[random.nextInt(Designation.values().length)],
                        "厅", start.plusDays(random.nextInt(DAYS))));
            }
            if (random.nextInt(15) == 0) {
                events.add(new CarrierDelisted(id, null, "FAIL twice", start.plusDays(1 + random.nextInt(DAYS))));
            }
            count += emit(sink, Topics.Names.REGISTRY_CARRIERS, id, region, events);
            carriers.add(new String[] {id, region, start.toString()});
        }
        for (int f = 0; f < firmCount; f++) {
            String id = idPrefix + "firm-" + f;
            String[] carrier = carriers.get(random.nextInt(carriers.size()));
            LocalDate admitted = LocalDate.parse(carrier[2]).plusDays(random.nextInt(1500));
            List<DomainEvent> events = new ArrayList<>();
            events.add(new FirmRegistered(id, "91350100M000100Y43", "企业" + f, admitted.minusDays(120), "software",
                    carrier[1], admitted.minusDays(120)));
            events.add(new FirmAdmitted(id, carrier[0], carrier[1], admitted));
            if (random.nextInt(3) > 0) {
                LocalDate from = admitted.plusDays(random.nextInt(500));
                events.add(new FirmQualified(id, Qualification.TECH_SME, from.getYear(), "S" + f,
                        LocalDate.of(from.getYear(), 12, 31), from));
            }
            int fate = random.nextInt(4);
            LocalDate left = admitted.plusDays(300 + random.nextInt(1200));
            if (fate == 0) {
                events.add(new FirmGraduated(id, carrier[0], List.of(GraduationBasis.HIGH_TECH), "证书", left));
            } else if (fate == 1) {
                events.add(new FirmExited(id, carrier[0], ExitReason.MOVED, null, left));
            }
            count += emit(sink, Topics.Names.REGISTRY_FIRMS, id, carrier[1], events);
            if (random.nextInt(8) == 0) {
                String investment = idPrefix + "investment-" + f;
                count += emit(sink, Topics.Names.FUNDING_INVESTMENTS, investment, carrier[1], List.of(
                        new InvestmentMade(investment, null, "基金", id, "91350100M000100Y43",
                                BigDecimal.valueOf(100_000L * (1 + random.nextInt(50))), "A",
                                admitted.plusDays(random.nextInt(700)))));
            }
        }
        return count;
    }

    private static long emit(Consumer<Generated> sink, String topic, String subject, String region,
            List<DomainEvent> events) {
        long version = 0;
        for (DomainEvent event : events) {
            EventType<?> type = EventCatalog.typeOf(event);
            sink.accept(new Generated(topic, new EventEnvelope<>(UUID.randomUUID(), "hatchery/bench", type.name(),
                    subject, Instant.now(), type.dataschema(), region, ++version, "bench", null, event)));
        }
        return version;
    }
}
