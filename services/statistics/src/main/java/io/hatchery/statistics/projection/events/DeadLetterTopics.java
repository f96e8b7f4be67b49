package io.hatchery.statistics.projection.events;

import io.hatchery.messaging.config.ConsumedTopics;
import io.hatchery.statistics.projection.app.StatisticsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares what the projection reads, so that the platform's topic provisioning creates its dead-letter topics. */
@Configuration(proxyBeanMethods = false)
class DeadLetterTopics {

    @Bean
    ConsumedTopics projectionTopics(StatisticsProperties properties) {
        return new ConsumedTopics(KafkaEventReaders.GROUP, properties.topics());
    }
}
