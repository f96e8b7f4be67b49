package io.hatchery.evaluation.plan.app;

import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.contracts.plans.PlanFile;
import io.hatchery.evaluation.plan.domain.Plan;
import java.util.List;

/** A plan file ({@link PlanFile}) as the plans' contents to draft or revise; a bad file is a 400 naming where. */
final class PlanYaml {

    record Entry(String id, Plan.Content content) {
    }

    private PlanYaml() {
    }

    static List<Entry> read(String yaml) {
        try {
            return PlanFile.read(yaml).stream().map(plan -> new Entry(plan.id(), new Plan.Content(plan.title(),
                    plan.issuer(), plan.region(), plan.periodFrom(), plan.periodTo(), plan.targets()))).toList();
        } catch (PlanFile.InvalidPlanFile invalid) {
            throw InvalidRequestException.of(invalid.field(), invalid.getMessage());
        }
    }
}
