package io.hatchery.statistics.projection.app;

import io.hatchery.contracts.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * A poll's worth of events, decoded, as the projection takes them.
 *
 * @param nextOffsets the next offset of each partition the batch covers, applied together with its events
 * @param newest      the newest event time per topic, for the freshness metric
 */
public record DecodedBatch(List<Event> events, Map<TopicPartition, Long> nextOffsets, Map<String, Instant> newest) {

    /** One event of an aggregate: its stream, subject and version, for the projection's duplicate rule. */
    public record Event(String topic, String subject, long version, DomainEvent data) {
    }
}
