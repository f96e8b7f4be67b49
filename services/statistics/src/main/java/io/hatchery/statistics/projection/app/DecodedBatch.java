package io.hatchery.statistics.projection.app;

import java.util.function.Consumer;
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

    /**
     * One event of an aggregate: its stream, subject and version, for the projection's duplicate rule.
     *
     * @param reject sends the record the event came from to the dead letters, with the reason it cannot be applied
     */
    public record Event(String topic, String subject, long version, DomainEvent data, Consumer<Exception> reject) {
    }
}
