package io.hatchery.contracts.evaluation;

import io.hatchery.contracts.DomainEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A carrier's yearly evaluation was closed with a rating and an outcome.
 *
 * @param evaluationId      the evaluation (one per carrier and cycle); the event's subject
 * @param cycleRegion       the region of the cycle that decided it: its outcome applies only to carriers inside it
 *                          (null in events of earlier builds)
 * @param rank              the carrier's place among those evaluated in the cycle, 1 = best
 * @param rectifyBy         deadline when the outcome is RECTIFY, else null
 * @param effectiveDate     when the outcome takes effect (usually the day results are announced)
 */
public record EvaluationCompleted(
        String evaluationId,
        String cycleId,
        String cycleRegion,
        String carrierId,
        int year,
        String schemeId,
        BigDecimal score,
        Rating rating,
        Integer rank,
        EvaluationOutcome outcome,
        String reason,
        LocalDate rectifyBy,
        LocalDate effectiveDate) implements DomainEvent {
}
