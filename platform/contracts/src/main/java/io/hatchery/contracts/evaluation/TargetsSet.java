package io.hatchery.contracts.evaluation;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;
import java.util.List;

/** The targets of a published plan were replaced (a revision that keeps the plan's other facts). */
public record TargetsSet(String planId, int revision, List<PlanTarget> targets, LocalDate effectiveDate)
        implements DomainEvent {

    public TargetsSet {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
