package io.hatchery.statistics.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A series of flows answers stocks and windows exactly as summing every flow of a plain list would. */
class FlowSeriesTest {

    private static final LocalDate START = LocalDate.of(2014, 12, 20);

    @Test
    void stocksAndWindowsEqualSumsOverEveryFlow() {
        for (long seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            FlowSeries series = new FlowSeries();
            TreeMap<LocalDate, Long> flows = new TreeMap<>();
            int span = 1 + random.nextInt(random.nextBoolean() ? 40 : 4000);
            for (int i = 0; i < random.nextInt(300); i++) {
                LocalDate date = START.plusDays(random.nextInt(span));
                long delta = random.nextInt(7) - 3;
                series.add(date, delta);
                flows.merge(date, delta, Long::sum);
                if (random.nextInt(5) == 0 && !flows.isEmpty()) {
                    Map.Entry<LocalDate, Long> undo = flows.ceilingEntry(START.plusDays(random.nextInt(span)));
                    if (undo != null) {
                        series.add(undo.getKey(), -undo.getValue());
                        flows.put(undo.getKey(), 0L);
                    }
                }
            }
            for (int q = 0; q < 100; q++) {
                LocalDate from = START.plusDays(random.nextInt(span + 60) - 30);
                LocalDate to = from.plusDays(random.nextInt(span + 60) - 10);
                assertThat(series.stockAt(from)).as("seed %d stock at %s", seed, from)
                        .isEqualTo(sum(flows, LocalDate.MIN, from));
                assertThat(series.flowBetween(from, to)).as("seed %d flow %s..%s", seed, from, to)
                        .isEqualTo(to.isBefore(from) ? 0 : sum(flows, from, to));
            }
        }
    }

    @Test
    void aMonthBoundaryBelongsToItsOwnMonth() {
        FlowSeries series = new FlowSeries();
        series.add(LocalDate.of(2024, 1, 31), 2);
        series.add(LocalDate.of(2024, 2, 1), 5);
        series.add(LocalDate.of(2024, 2, 29), 7);

        assertThat(series.stockAt(LocalDate.of(2024, 1, 30))).isZero();
        assertThat(series.stockAt(LocalDate.of(2024, 1, 31))).isEqualTo(2);
        assertThat(series.stockAt(LocalDate.of(2024, 2, 28))).isEqualTo(7);
        assertThat(series.flowBetween(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))).isEqualTo(12);
        assertThat(series.flowBetween(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 1))).isEqualTo(14);
    }

    private static long sum(TreeMap<LocalDate, Long> flows, LocalDate from, LocalDate to) {
        return flows.subMap(from, true, to, true).values().stream().mapToLong(Long::longValue).sum();
    }
}
