package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.evaluation.PlanTarget;
import java.time.LocalDate;
import java.util.List;

/** A plan as last published (the highest revision seen wins). */
public record PlanFacts(String planId, int revision, String title, String issuer, String region,
        LocalDate periodFrom, LocalDate periodTo, List<PlanTarget> targets) {

    public PlanFacts {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
