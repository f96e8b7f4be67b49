package io.hatchery.statistics.projection.domain;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Flows of one cube cell by effective date: the days that have a flow, in order, and the total of every month. A
 * stock at a date sums the months before it and the days of its own month up to it; a window sums its whole
 * months and the days at its edges. Reading costs a month per year of history rather than a day, which is what
 * lets province-wide figures over ten years answer in microseconds.
 *
 * <p>Days are kept sparsely, in two parallel arrays, because most cells of a county see a few flows a month: a
 * 31-day array per month made the cube several times larger than the facts it is built from, and a replay spent
 * its time allocating and collecting it.
 */
public final class FlowSeries {

    private static final int[] NO_DAYS = {};
    private static final long[] NO_FLOWS = {};
    /** Room added at each end when the month range grows, so that a history growing month by month copies rarely. */
    private static final int MONTHS_SLACK = 12;

    /** Epoch days with a non-zero flow, ascending; {@code flows[i]} is the flow on {@code days[i]}. */
    private int[] days = NO_DAYS;
    private long[] flows = NO_FLOWS;
    private int size;

    /** Month totals: {@code totals[i]} is the total of month {@code firstMonth + i}; months outside hold 0. */
    private long[] totals = NO_FLOWS;
    private int firstMonth;

    private static int monthIndex(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    public void add(LocalDate date, long delta) {
        if (delta == 0) {
            return;
        }
        int day = (int) date.toEpochDay();
        int at = Arrays.binarySearch(days, 0, size, day);
        if (at >= 0) {
            flows[at] += delta;
            if (flows[at] == 0) {
                remove(at);
            }
        } else {
            insert(-at - 1, day, delta);
        }
        addToMonth(monthIndex(date), delta);
    }

    /** The stock at the end of {@code date}: every flow up to and including it. */
    public long stockAt(LocalDate date) {
        int month = monthIndex(date);
        if (isLastOfMonth(date)) {
            return sumMonths(firstMonth, month);
        }
        return sumMonths(firstMonth, month - 1) + sumDays(date.withDayOfMonth(1), date);
    }

    /**
     * The sum of flows from {@code from} to {@code to}, both inclusive. Months the window covers whole, as the
     * windows of plans and year-end stocks do, are read from their totals.
     */
    public long flowBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        int first = monthIndex(from);
        int last = monthIndex(to);
        boolean wholeFirst = from.getDayOfMonth() == 1;
        boolean wholeLast = isLastOfMonth(to);
        if (first == last) {
            return wholeFirst && wholeLast ? sumMonths(first, first) : sumDays(from, to);
        }
        long sum = sumMonths(first + 1, last - 1);
        sum += wholeFirst ? sumMonths(first, first) : sumDays(from, from.withDayOfMonth(from.lengthOfMonth()));
        sum += wholeLast ? sumMonths(last, last) : sumDays(to.withDayOfMonth(1), to);
        return sum;
    }

    private static boolean isLastOfMonth(LocalDate date) {
        return date.getDayOfMonth() == date.lengthOfMonth();
    }

    private long sumMonths(int fromMonth, int toMonth) {
        int start = Math.max(fromMonth - firstMonth, 0);
        int end = Math.min(toMonth - firstMonth, totals.length - 1);
        long sum = 0;
        for (int i = start; i <= end; i++) {
            sum += totals[i];
        }
        return sum;
    }

    private long sumDays(LocalDate from, LocalDate to) {
        int last = (int) to.toEpochDay();
        int at = Arrays.binarySearch(days, 0, size, (int) from.toEpochDay());
        long sum = 0;
        for (int i = at >= 0 ? at : -at - 1; i < size && days[i] <= last; i++) {
            sum += flows[i];
        }
        return sum;
    }

    private void insert(int at, int day, long flow) {
        if (size == days.length) {
            int capacity = Math.max(4, size + (size >> 1));
            days = Arrays.copyOf(days, capacity);
            flows = Arrays.copyOf(flows, capacity);
        }
        System.arraycopy(days, at, days, at + 1, size - at);
        System.arraycopy(flows, at, flows, at + 1, size - at);
        days[at] = day;
        flows[at] = flow;
        size++;
    }

    private void remove(int at) {
        System.arraycopy(days, at + 1, days, at, size - at - 1);
        System.arraycopy(flows, at + 1, flows, at, size - at - 1);
        size--;
    }

    private void addToMonth(int month, long delta) {
        if (totals.length == 0) {
            firstMonth = month - MONTHS_SLACK;
            totals = new long[2 * MONTHS_SLACK + 1];
        } else if (month < firstMonth) {
            int grow = firstMonth - month + MONTHS_SLACK;
            long[] wider = new long[totals.length + grow];
            System.arraycopy(totals, 0, wider, grow, totals.length);
            totals = wider;
            firstMonth -= grow;
        } else if (month >= firstMonth + totals.length) {
            totals = Arrays.copyOf(totals, month - firstMonth + 1 + MONTHS_SLACK);
        }
        totals[month - firstMonth] += delta;
    }
}
