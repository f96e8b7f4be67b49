package io.hatchery.statistics.targets.domain;

import io.hatchery.contracts.evaluation.TargetBound;
import io.hatchery.contracts.evaluation.TargetMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Progress of one target in one region (and, for {@code each: year} targets, one year).
 *
 * @param at     the date of a stock or ratio target
 * @param from   first day of the window of a "new" target
 * @param to     last day of that window
 * @param actual the figure now (for running windows: so far); null when the indicator has no data
 * @param ratio  actual / target; null when either is missing or the target is 0
 */
public record ProgressRow(
        String planId,
        String targetId,
        String indicator,
        Map<String, Object> filter,
        TargetMeasure measure,
        TargetBound bound,
        LocalDate at,
        LocalDate from,
        LocalDate to,
        String region,
        BigDecimal target,
        BigDecimal stretch,
        BigDecimal actual,
        BigDecimal ratio,
        ProgressStatus status,
        String note) {
}
