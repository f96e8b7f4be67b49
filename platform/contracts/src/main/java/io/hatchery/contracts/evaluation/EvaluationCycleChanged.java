package io.hatchery.contracts.evaluation;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * An evaluation cycle moved on: opened, a carrier's figures submitted, accepted or returned by the city, scores or
 * a veto entered, or the cycle closed (each carrier's result is then an EvaluationCompleted).
 *
 * @param carrierId the carrier concerned, null for OPENED and CLOSED
 * @param note      e.g. the reason a submission was returned
 */
public record EvaluationCycleChanged(String cycleId, int year, CycleChange change, String carrierId, String note,
        LocalDate effectiveDate) implements DomainEvent {
}
