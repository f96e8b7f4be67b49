package io.hatchery.statistics.projection.app;

import io.hatchery.contracts.Topic;
import io.hatchery.contracts.Topics;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the projection ({@code hatchery.statistics.*}).
 *
 * @param topics             the domain topics the figures are built from
 * @param checkpointInterval how often the state and offsets are checkpointed while events arrive
 * @param maxPollRecords     events taken per batch
 */
@ConfigurationProperties("hatchery.statistics")
public record StatisticsProperties(List<String> topics, Duration checkpointInterval, int maxPollRecords) {

    public StatisticsProperties {
        topics = topics == null || topics.isEmpty() ? Stream.of(Topics.REGISTRY_CARRIERS, Topics.REGISTRY_FIRMS,
                Topics.EVALUATION_PLANS, Topics.EVALUATION_EVALUATIONS, Topics.FUNDING_INVESTORS, Topics.FUNDING_FUNDS,
                Topics.FUNDING_INVESTMENTS, Topics.FUNDING_LOANS, Topics.FUNDING_REQUESTS, Topics.TALENT_TALENTS,
                Topics.TALENT_TEAMS, Topics.TALENT_PLATFORMS, Topics.TALENT_ACTIVITIES).map(Topic::name)
                .toList() : List.copyOf(topics);
        checkpointInterval = checkpointInterval == null ? Duration.ofSeconds(10) : checkpointInterval;
        maxPollRecords = maxPollRecords <= 0 ? 2000 : maxPollRecords;
    }
}
