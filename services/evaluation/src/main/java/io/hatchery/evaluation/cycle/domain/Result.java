package io.hatchery.evaluation.cycle.domain;

import io.hatchery.contracts.evaluation.EvaluationOutcome;
import io.hatchery.contracts.evaluation.Rating;
import java.math.BigDecimal;
import java.util.List;

/**
 * A carrier's result, with how it came about: per indicator its value, source, points and weight.
 *
 * @param rank    place among the carriers scored (1 = best); null for those not scored (no submission, veto)
 * @param reason  why the rating is what it is when not by score (non-submission, a veto)
 */
public record Result(BigDecimal score, Rating rating, Integer rank, EvaluationOutcome outcome, Rating previous,
        String reason, List<Line> lines) {

    public Result {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One indicator's part in the score; {@code value} null when the data is missing (0 points). */
    public record Line(String dimension, String indicator, String name, String source, BigDecimal value,
            BigDecimal points, BigDecimal weight) {
    }
}
