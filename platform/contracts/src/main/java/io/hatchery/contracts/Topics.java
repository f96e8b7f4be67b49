package io.hatchery.contracts;

import java.util.List;
import java.util.Optional;

/** The topic catalogue. Topics are long-retention streams, never compacted away. */
public final class Topics {

    /** The topic names as compile-time constants, for annotations such as {@code @KafkaListener(topics = …)}. */
    public static final class Names {
        public static final String REGISTRY_CARRIERS = "hatchery.registry.carriers";
        public static final String REGISTRY_FIRMS = "hatchery.registry.firms";
        public static final String EVALUATION_EVALUATIONS = "hatchery.evaluation.evaluations";
        public static final String EVALUATION_PLANS = "hatchery.evaluation.plans";
        public static final String FUNDING_INVESTORS = "hatchery.funding.investors";
        public static final String FUNDING_FUNDS = "hatchery.funding.funds";
        public static final String FUNDING_INVESTMENTS = "hatchery.funding.investments";
        public static final String FUNDING_LOANS = "hatchery.funding.loans";
        public static final String FUNDING_REQUESTS = "hatchery.funding.requests";
        public static final String TALENT_TALENTS = "hatchery.talent.talents";
        public static final String TALENT_STAFF = "hatchery.talent.staff";
        public static final String TALENT_TEAMS = "hatchery.talent.teams";
        public static final String TALENT_PLATFORMS = "hatchery.talent.platforms";
        public static final String TALENT_ACTIVITIES = "hatchery.talent.activities";
        public static final String EXCHANGE_INBOUND = "hatchery.exchange.inbound";
        public static final String EXCHANGE_PARTNERS = "hatchery.exchange.partners";
        public static final String EXCHANGE_SUBSCRIPTIONS = "hatchery.exchange.subscriptions";
        public static final String STATISTICS_CHANGES = "hatchery.statistics.changes";

        private Names() {
        }
    }

    public static final Topic REGISTRY_CARRIERS = new Topic(Names.REGISTRY_CARRIERS, "registry", "carrier");
    public static final Topic REGISTRY_FIRMS = new Topic(Names.REGISTRY_FIRMS, "registry", "firm");
    public static final Topic EVALUATION_EVALUATIONS =
            new Topic(Names.EVALUATION_EVALUATIONS, "evaluation", "evaluation");
    public static final Topic EVALUATION_PLANS = new Topic(Names.EVALUATION_PLANS, "evaluation", "plan");
    public static final Topic FUNDING_INVESTORS = new Topic(Names.FUNDING_INVESTORS, "fund-matching", "investor");
    public static final Topic FUNDING_FUNDS = new Topic(Names.FUNDING_FUNDS, "fund-matching", "fund");
    public static final Topic FUNDING_INVESTMENTS =
            new Topic(Names.FUNDING_INVESTMENTS, "fund-matching", "investment");
    public static final Topic FUNDING_LOANS = new Topic(Names.FUNDING_LOANS, "fund-matching", "loan");
    public static final Topic FUNDING_REQUESTS =
            new Topic(Names.FUNDING_REQUESTS, "fund-matching", "financing request");
    public static final Topic TALENT_TALENTS = new Topic(Names.TALENT_TALENTS, "talent", "talent");
    public static final Topic TALENT_STAFF = new Topic(Names.TALENT_STAFF, "talent", "carrier's staff");
    public static final Topic TALENT_TEAMS = new Topic(Names.TALENT_TEAMS, "talent", "operating contract");
    public static final Topic TALENT_PLATFORMS = new Topic(Names.TALENT_PLATFORMS, "talent", "platform");
    public static final Topic TALENT_ACTIVITIES = new Topic(Names.TALENT_ACTIVITIES, "talent", "activity");
    public static final Topic EXCHANGE_INBOUND =
            new Topic(Names.EXCHANGE_INBOUND, "exchange", "firm, as other departments report it");
    public static final Topic EXCHANGE_PARTNERS = new Topic(Names.EXCHANGE_PARTNERS, "exchange", "partner");
    public static final Topic EXCHANGE_SUBSCRIPTIONS =
            new Topic(Names.EXCHANGE_SUBSCRIPTIONS, "exchange", "subscription");
    public static final Topic STATISTICS_CHANGES =
            new Topic(Names.STATISTICS_CHANGES, "statistics", "statistics change batch");

    private static final List<Topic> ALL = List.of(REGISTRY_CARRIERS, REGISTRY_FIRMS, EVALUATION_EVALUATIONS,
            EVALUATION_PLANS, FUNDING_INVESTORS, FUNDING_FUNDS, FUNDING_INVESTMENTS, FUNDING_LOANS, FUNDING_REQUESTS,
            TALENT_TALENTS, TALENT_STAFF, TALENT_TEAMS, TALENT_PLATFORMS, TALENT_ACTIVITIES, EXCHANGE_INBOUND,
            EXCHANGE_PARTNERS, EXCHANGE_SUBSCRIPTIONS, STATISTICS_CHANGES);

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
