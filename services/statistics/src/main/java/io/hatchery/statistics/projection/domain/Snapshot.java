package io.hatchery.statistics.projection.domain;

import java.util.List;
import java.util.Map;

/**
 * Everything the projection knows, in a form that can be stored and loaded: the facts (the cube follows from
 * them) and the last version applied per aggregate.
 */
public record Snapshot(
        List<CarrierFacts> carriers,
        List<FirmFacts> firms,
        List<InvestmentFacts> investments,
        List<PlanFacts> plans,
        List<EvaluationFacts> evaluations,
        Map<String, Long> versions,
        long sequence) {

    public Snapshot {
        carriers = carriers == null ? List.of() : carriers;
        firms = firms == null ? List.of() : firms;
        investments = investments == null ? List.of() : investments;
        plans = plans == null ? List.of() : plans;
        evaluations = evaluations == null ? List.of() : evaluations;
        versions = versions == null ? Map.of() : versions;
    }
}
