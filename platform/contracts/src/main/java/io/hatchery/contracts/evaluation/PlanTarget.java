package io.hatchery.contracts.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One quantitative target of an action plan.
 *
 * @param targetId   stable within the plan, e.g. {@code t3}
 * @param indicator  an indicator name, e.g. {@code carriers.count}
 * @param at         the date of a STOCK or RATIO target
 * @param windowFrom first day of a NEW target's window
 * @param windowTo   last day of a NEW target's window
 * @param eachYear   the value applies to every calendar year of the window, not to the window as a whole
 * @param values     region code (or deployment zone id) → target value; ratios as 0..1
 * @param stretch    optional stretch values by region
 */
public record PlanTarget(
        String targetId,
        String indicator,
        TargetFilter filter,
        TargetMeasure measure,
        LocalDate at,
        LocalDate windowFrom,
        LocalDate windowTo,
        Boolean eachYear,
        Map<String, BigDecimal> values,
        Map<String, BigDecimal> stretch,
        TargetBound bound,
        String note) {

    public PlanTarget {
        filter = filter == null ? TargetFilter.NONE : filter;
        eachYear = Boolean.TRUE.equals(eachYear);
        values = values == null ? Map.of() : Map.copyOf(values);
        stretch = stretch == null ? Map.of() : Map.copyOf(stretch);
        bound = bound == null ? TargetBound.AT_LEAST : bound;
    }
}
