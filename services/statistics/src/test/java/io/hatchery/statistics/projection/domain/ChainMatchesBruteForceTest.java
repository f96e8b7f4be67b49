package io.hatchery.statistics.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.registry.FirmExited;
import io.hatchery.contracts.registry.FirmGraduated;
import io.hatchery.statistics.projection.domain.HistoryGenerator.Delivery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For many random histories (redeliveries, back-dated events), every region's incubation chain over many windows
 * equals a recomputation that walks every firm's raw events with the definitions of {@link ChainReport}; and so does
 * the chain of a projection restored from its snapshot.
 */
class ChainMatchesBruteForceTest {

    static List<Long> seeds() {
        return HistoryGenerator.seeds(104_729);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyRegionsChainEqualsTheBruteForceRecomputation(long seed) {
        HistoryGenerator generator = new HistoryGenerator(seed);
        Projection projection = HistoryGenerator.applied(generator.generate());
        Projection restored = Projection.restore(projection.snapshot(), HistoryGenerator.CHAIN);
        Truth truth = new Truth(generator.histories());
        Random random = new Random(seed);
        int nonZero = 0;
        for (int w = 0; w < 12; w++) {
            LocalDate from = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000));
            LocalDate to = w == 0 ? LocalDate.of(2040, 1, 1) : from.plusDays(random.nextInt(1500));
            for (String region : HistoryGenerator.QUERY_REGIONS) {
                ChainReport expected = truth.chain(region, from, to);
                nonZero += expected.stages().stream().mapToLong(stage -> stage.entered() + stage.left()).sum();
                for (Projection candidate : List.of(projection, restored)) {
                    assertThat(candidate.figures().firms().chain(region, from, to))
                            .as("seed %d, %s from %s to %s", seed, region, from, to).isEqualTo(expected);
                }
            }
        }
        assertThat(nonZero).as("the histories put firms through chains").isPositive();
    }

    /** Stays and carriers rebuilt from each aggregate's raw events, once each, in version order. */
    private static final class Truth {

        private record Stay(String carrier, String region, LocalDate admitted, LocalDate ended, boolean graduated) {
        }

        private final Map<String, CarrierKind> kinds = new HashMap<>();
        private final Map<String, List<Stay>> staysByFirm = new HashMap<>();

        Truth(Map<String, List<Delivery>> histories) {
            histories.values().forEach(history -> history.forEach(delivery -> {
                if (delivery.event() instanceof CarrierRegistered registered) {
                    kinds.put(registered.carrierId(), registered.kind());
                }
            }));
            histories.forEach((subject, history) -> {
                List<Stay> stays = new ArrayList<>();
                for (Delivery delivery : history) {
                    DomainEvent event = delivery.event();
                    if (event instanceof FirmAdmitted admitted) {
                        stays.add(new Stay(admitted.carrierId(), admitted.carrierRegion(), admitted.effectiveDate(),
                                null, false));
                    } else if (event instanceof FirmGraduated graduated) {
                        end(stays, graduated.carrierId(), graduated.effectiveDate(), true);
                    } else if (event instanceof FirmExited exited) {
                        end(stays, exited.carrierId(), exited.effectiveDate(), false);
                    }
                }
                if (!stays.isEmpty()) {
                    stays.sort(Comparator.comparing(Stay::admitted));
                    staysByFirm.put(subject, stays);
                }
            });
        }

        private static void end(List<Stay> stays, String carrier, LocalDate on, boolean graduated) {
            for (int i = stays.size() - 1; i >= 0; i--) {
                Stay stay = stays.get(i);
                if (stay.carrier().equals(carrier) && stay.ended() == null) {
                    stays.set(i, new Stay(carrier, stay.region(), stay.admitted(), on, graduated));
                    return;
                }
            }
        }

        ChainReport chain(String region, LocalDate from, LocalDate to) {
            List<ChainReport.StageFlow> stages = new ArrayList<>();
            for (ChainStage stage : ChainStage.values()) {
                long entered = 0;
                long movedOn = 0;
                long graduated = 0;
                long retained = 0;
                long exited = 0;
                long left = 0;
                long incubating = 0;
                for (List<Stay> stays : staysByFirm.values()) {
                    for (int i = 0; i < stays.size(); i++) {
                        Stay stay = stays.get(i);
                        CarrierKind kind = kinds.get(stay.carrier());
                        if (kind == null || !stage.kinds().contains(kind) || !in(stay.region(), region)) {
                            continue;
                        }
                        Stay next = i + 1 < stays.size() ? stays.get(i + 1) : null;
                        CarrierKind nextKind = next == null ? null : kinds.get(next.carrier());
                        boolean endedInWindow = stay.ended() != null && !stay.ended().isBefore(from)
                                && !stay.ended().isAfter(to);
                        entered += !stay.admitted().isBefore(from) && !stay.admitted().isAfter(to) ? 1 : 0;
                        incubating += !stay.admitted().isAfter(to)
                                && (stay.ended() == null || stay.ended().isAfter(to)) ? 1 : 0;
                        if (endedInWindow) {
                            movedOn += nextKind != null && rank(nextKind) > rank(kind) ? 1 : 0;
                            graduated += stay.graduated() ? 1 : 0;
                            exited += stay.graduated() ? 0 : 1;
                            retained += stay.graduated() && (nextKind == CarrierKind.ACCELERATOR
                                    || nextKind == CarrierKind.SCIENCE_PARK) && in(next.region(), region) ? 1 : 0;
                            left += next == null || !in(next.region(), region) ? 1 : 0;
                        }
                    }
                }
                stages.add(new ChainReport.StageFlow(stage, stage.kinds(), entered, movedOn, graduated, retained,
                        exited, left, incubating));
            }
            return new ChainReport(region, from, to, stages);
        }

        /** Maker spaces and nurseries, then incubators and enclaves, accelerators, parks. */
        private static int rank(CarrierKind kind) {
            return switch (kind) {
                case NURSERY, MAKER_SPACE -> 1;
                case INCUBATOR, OFFSITE_ENCLAVE -> 2;
                case ACCELERATOR -> 3;
                case SCIENCE_PARK -> 4;
            };
        }

        private static boolean in(String carrierRegion, String region) {
            return HistoryGenerator.REGIONS.selfAndAncestors(carrierRegion).stream()
                    .anyMatch(r -> r.code().equals(region));
        }
    }
}
