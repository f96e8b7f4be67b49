package io.hatchery.messaging.config;

import java.util.List;

/**
 * Topics a service reads without a listener container (its own consumer), under a consumer-group name: declared as
 * a bean, they get their dead-letter topics ({@code <topic>.<group>.dlt}) like every listener's.
 */
public record ConsumedTopics(String group, List<String> topics) {

    public ConsumedTopics {
        topics = List.copyOf(topics);
    }
}
