package io.hatchery.contracts.evaluation;

import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import java.util.List;

/** Event types published by the evaluation service. */
public final class EvaluationEvents {

    public static final EventType<EvaluationCompleted> EVALUATION_COMPLETED = new EventType<>(
            "hatchery.evaluation.evaluation.completed.v1", EvaluationCompleted.class, Topics.EVALUATION_EVALUATIONS);

    public static final EventType<PlanPublished> PLAN_PUBLISHED = new EventType<>(
            "hatchery.evaluation.plan.published.v1", PlanPublished.class, Topics.EVALUATION_PLANS);
    public static final EventType<EvaluationCycleChanged> CYCLE_CHANGED = new EventType<>(
            "hatchery.evaluation.cycle.changed.v1", EvaluationCycleChanged.class, Topics.EVALUATION_EVALUATIONS);
    public static final EventType<PlanDrafted> PLAN_DRAFTED = new EventType<>(
            "hatchery.evaluation.plan.drafted.v1", PlanDrafted.class, Topics.EVALUATION_PLANS);

    public static final List<EventType<?>> ALL = List.of(EVALUATION_COMPLETED, CYCLE_CHANGED, PLAN_DRAFTED,
            PLAN_PUBLISHED);

    private EvaluationEvents() {
    }
}
