package io.hatchery.contracts;

import java.util.List;
import java.util.Optional;

/** The topic catalogue. Topics are long-retention streams, never compacted away. */
public final class Topics {

    public static final Topic REGISTRY_CARRIERS = new Topic("hatchery.registry.carriers", "registry", "carrier");
    public static final Topic REGISTRY_FIRMS = new Topic("hatchery.registry.firms", "registry", "firm");
    public static final Topic EVALUATION_EVALUATIONS =
            new Topic("hatchery.evaluation.evaluations", "evaluation", "evaluation");
    public static final Topic EVALUATION_PLANS = new Topic("hatchery.evaluation.plans", "evaluation", "plan");
    public static final Topic FUNDING_FUNDS = new Topic("hatchery.funding.funds", "fund-matching", "fund");
    public static final Topic FUNDING_INVESTMENTS =
            new Topic("hatchery.funding.investments", "fund-matching", "investment");
    public static final Topic TALENT_TALENTS = new Topic("hatchery.talent.talents", "talent", "talent");
    public static final Topic STATISTICS_CHANGES =
            new Topic("hatchery.statistics.changes", "statistics", "statistics change batch");

    private static final List<Topic> ALL = List.of(REGISTRY_CARRIERS, REGISTRY_FIRMS, EVALUATION_EVALUATIONS,
            EVALUATION_PLANS, FUNDING_FUNDS, FUNDING_INVESTMENTS, TALENT_TALENTS, STATISTICS_CHANGES);

    private Topics() {
    }

    public static List<Topic> all() {
        return ALL;
    }

    public static List<Topic> ownedBy(String service) {
        return ALL.stream().filter(topic -> topic.owner().equals(service)).toList();
    }

    public static Optional<Topic> byName(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }
}
