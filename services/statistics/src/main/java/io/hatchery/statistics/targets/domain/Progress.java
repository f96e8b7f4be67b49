package io.hatchery.statistics.targets.domain;

import io.hatchery.contracts.evaluation.PlanTarget;
import io.hatchery.contracts.evaluation.TargetBound;
import io.hatchery.contracts.evaluation.TargetFilter;
import io.hatchery.contracts.evaluation.TargetMeasure;
import io.hatchery.statistics.projection.domain.Figures;
import io.hatchery.statistics.projection.domain.Filter;
import io.hatchery.statistics.projection.domain.Indicator;
import io.hatchery.statistics.projection.domain.PlanFacts;
import io.hatchery.statistics.projection.domain.Scope;
import io.hatchery.statistics.projection.domain.UnsupportedFilterException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Progress of a plan's targets: actual against target per region. Over windows and dates that have passed a
 * target is MET or MISSED; while they run, it is ON_TRACK or BEHIND against the target prorated by elapsed time
 * (for stocks: from the figure at the plan's start towards the target).
 */
public final class Progress {

    private Progress() {
    }

    public static List<ProgressRow> of(PlanFacts plan, Figures figures, LocalDate today) {
        List<ProgressRow> rows = new ArrayList<>();
        for (PlanTarget target : plan.targets()) {
            List<Map.Entry<String, BigDecimal>> values = new ArrayList<>(target.values().entrySet());
            values.sort(Comparator.comparing((Map.Entry<String, BigDecimal> entry) ->
                    !entry.getKey().equals(plan.region())).thenComparing(Map.Entry::getKey));
            for (Map.Entry<String, BigDecimal> value : values) {
                rows.addAll(rows(plan, target, value.getKey(), value.getValue(),
                        target.stretch().get(value.getKey()), figures, today));
            }
        }
        return rows;
    }

    private static List<ProgressRow> rows(PlanFacts plan, PlanTarget target, String region, BigDecimal goal,
            BigDecimal stretch, Figures figures, LocalDate today) {
        Indicator indicator = Indicator.byKey(target.indicator()).orElse(null);
        Filter filter = filter(target.filter());
        List<ProgressRow> rows = new ArrayList<>();
        if (target.measure() == TargetMeasure.NEW) {
            LocalDate windowFrom = target.windowFrom() != null ? target.windowFrom() : plan.periodFrom();
            LocalDate windowTo = target.windowTo() != null ? target.windowTo() : plan.periodTo();
            if (windowFrom == null || windowTo == null) {
                rows.add(undated(plan, target, region, goal, stretch, filter));
                return rows;
            }
            for (LocalDate[] window : windows(windowFrom, windowTo, target.eachYear())) {
                rows.add(row(plan, target, region, goal, stretch, null, window[0], window[1],
                        () -> indicator == null ? null : figures.valueBetween(region, indicator, filter, window[0],
                                earlier(window[1], today)), figures, indicator, filter, today));
            }
        } else {
            LocalDate at = target.at() != null ? target.at() : plan.periodTo();
            if (at == null) {
                rows.add(undated(plan, target, region, goal, stretch, filter));
                return rows;
            }
            rows.add(row(plan, target, region, goal, stretch, at, null, null,
                    () -> indicator == null ? null : figures.valueAt(region, indicator, filter, earlier(at, today)),
                    figures, indicator, filter, today));
        }
        return rows;
    }

    private static ProgressRow undated(PlanFacts plan, PlanTarget target, String region, BigDecimal goal,
            BigDecimal stretch, Filter filter) {
        return new ProgressRow(plan.planId(), target.targetId(), target.indicator(), filter.describe(),
                target.measure(), target.bound(), null, null, null, region, goal, stretch, null, null,
                ProgressStatus.NO_DATA, "the target has no date or window, nor does its plan");
    }

    private interface Actual {
        BigDecimal get();
    }

    private static ProgressRow row(PlanFacts plan, PlanTarget target, String region, BigDecimal goal,
            BigDecimal stretch, LocalDate at, LocalDate from, LocalDate to, Actual actual, Figures figures,
            Indicator indicator, Filter filter, LocalDate today) {
        String note = target.note();
        if (indicator == null) {
            return new ProgressRow(plan.planId(), target.targetId(), target.indicator(), filter.describe(),
                    target.measure(), target.bound(), at, from, to, region, goal, stretch, null, null,
                    ProgressStatus.NO_DATA, "the platform has no figures for " + target.indicator() + " yet");
        }
        BigDecimal value;
        try {
            value = actual.get();
        } catch (UnsupportedFilterException e) {
            return new ProgressRow(plan.planId(), target.targetId(), target.indicator(), filter.describe(),
                    target.measure(), target.bound(), at, from, to, region, goal, stretch, null, null,
                    ProgressStatus.NO_DATA, e.getMessage());
        }
        ProgressStatus status;
        LocalDate start = from != null ? from : plan.periodFrom();
        LocalDate end = to != null ? to : at;
        if (value == null) {
            status = ProgressStatus.NO_DATA;
        } else if (from != null && today.isBefore(from)) {
            status = ProgressStatus.NOT_STARTED;
        } else if (today.isAfter(end)) {
            status = meets(value, goal, target.bound()) ? ProgressStatus.MET : ProgressStatus.MISSED;
        } else {
            BigDecimal expected = expected(target, goal, start, end, today, figures, indicator, filter, region);
            status = meets(value, expected, target.bound()) ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND;
        }
        BigDecimal ratio = value == null || goal.signum() == 0 ? null
                : value.divide(goal, 4, RoundingMode.HALF_UP);
        return new ProgressRow(plan.planId(), target.targetId(), target.indicator(), filter.describe(),
                target.measure(), target.bound(), at, from, to, region, goal, stretch, value, ratio, status, note);
    }

    /** The target prorated to today: new from 0, stocks from their value on the day before the plan began. */
    private static BigDecimal expected(PlanTarget target, BigDecimal goal, LocalDate start, LocalDate end,
            LocalDate today, Figures figures, Indicator indicator, Filter filter, String region) {
        if (target.measure() == TargetMeasure.RATIO || start == null || !start.isBefore(end)
                || target.bound() == TargetBound.AT_MOST) {
            return goal;
        }
        BigDecimal elapsed = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, today) + 1);
        BigDecimal total = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end) + 1);
        BigDecimal base = target.measure() == TargetMeasure.STOCK
                ? figures.valueAt(region, indicator, filter, start.minusDays(1)) : BigDecimal.ZERO;
        return base.add(goal.subtract(base).multiply(elapsed).divide(total, 4, RoundingMode.HALF_UP));
    }

    private static boolean meets(BigDecimal value, BigDecimal goal, TargetBound bound) {
        return bound == TargetBound.AT_MOST ? value.compareTo(goal) <= 0 : value.compareTo(goal) >= 0;
    }

    /** The whole window, or each calendar year of it. */
    private static List<LocalDate[]> windows(LocalDate windowFrom, LocalDate windowTo, boolean eachYear) {
        List<LocalDate[]> windows = new ArrayList<>();
        if (!eachYear) {
            windows.add(new LocalDate[] {windowFrom, windowTo});
            return windows;
        }
        for (int year = windowFrom.getYear(); year <= windowTo.getYear(); year++) {
            LocalDate from = later(LocalDate.of(year, 1, 1), windowFrom);
            LocalDate to = earlier(LocalDate.of(year, 12, 31), windowTo);
            windows.add(new LocalDate[] {from, to});
        }
        return windows;
    }

    public static Filter filter(TargetFilter filter) {
        return new Filter(filter.kind() == null ? null : new HashSet<>(filter.kind()), filter.levelAtLeast(),
                filter.designation(), filter.scope() == null ? null : Scope.valueOf(filter.scope()), filter.type(),
                filter.carrierLink(), filter.program(), filter.service());
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
