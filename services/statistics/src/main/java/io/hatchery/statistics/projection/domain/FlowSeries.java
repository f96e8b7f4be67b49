package io.hatchery.statistics.projection.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Flows of one indicator in one region by effective date. A stock at a date is the sum of all flows up to that
 * date; what happened in a window is the sum of its flows. Late or back-dated events simply add at their date.
 */
public final class FlowSeries {

    private final NavigableMap<LocalDate, Long> flows = new TreeMap<>();

    public void add(LocalDate date, long delta) {
        flows.merge(date, delta, Long::sum);
        if (flows.get(date) == 0) {
            flows.remove(date);
        }
    }

    /** The stock at the end of {@code date}. */
    public long stockAt(LocalDate date) {
        long sum = 0;
        for (Map.Entry<LocalDate, Long> flow : flows.headMap(date, true).entrySet()) {
            sum += flow.getValue();
        }
        return sum;
    }

    /** The sum of flows from {@code from} to {@code to}, both inclusive. */
    public long flowBetween(LocalDate from, LocalDate to) {
        long sum = 0;
        for (long value : flows.subMap(from, true, to, true).values()) {
            sum += value;
        }
        return sum;
    }
}
