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
        Map<String, Long> versions,
        long sequence) {
}
