package io.hatchery.statistics.support;

import io.hatchery.contracts.evaluation.PlanPublished;
import io.hatchery.contracts.plans.PlanFile;
import java.util.List;

/**
 * The five published plans of {@code action-plans.yaml} as the PlanPublished events the evaluation service
 * publishes: test fixtures for target progress.
 */
public final class ActionPlans {

    private ActionPlans() {
    }

    public static List<PlanPublished> all() {
        return PlanFile.published().stream().map(plan -> new PlanPublished(plan.id(), 1, plan.title(),
                plan.issuer(), plan.region(), plan.periodFrom(), plan.periodTo(), plan.targets(),
                plan.periodFrom())).toList();
    }

    public static PlanPublished byId(String planId) {
        return all().stream().filter(plan -> plan.planId().equals(planId)).findFirst().orElseThrow();
    }
}
