package io.hatchery.statistics.projection.events;

import io.hatchery.messaging.consumer.DeadLetters;
import io.hatchery.statistics.projection.app.BatchSink;
import io.hatchery.statistics.projection.app.EventReader;
import io.hatchery.statistics.projection.app.EventReaders;
import io.hatchery.statistics.projection.app.StatisticsProperties;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Readers of the domain topics from Kafka: a plain consumer per generation, positions managed by the projection
 * (no consumer group, no committed offsets), unreadable records to {@code <topic>.statistics.dlt}.
 */
@Component
public class KafkaEventReaders implements EventReaders {

    /** The name the projection's dead-letter topics carry, as a consumer group's would. */
    public static final String GROUP = "statistics";

    private final KafkaProperties kafka;
    private final StatisticsProperties properties;
    private final DeadLetterPublishingRecoverer deadLetters;

    public KafkaEventReaders(KafkaProperties kafka, StatisticsProperties properties) {
        this.kafka = kafka;
        this.properties = properties;
        this.deadLetters = DeadLetters.publisher(kafka.buildProducerProperties(), GROUP);
    }

    @Override
    public EventReader open(String generation, BatchSink sink) {
        return new TopicReader(generation, properties.topics(), () -> newConsumer(generation), sink,
                deadLetters::accept);
    }

    private Consumer<String, byte[]> newConsumer(String generation) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.maxPollRecords());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "statistics-projection-" + generation);
        config.keySet().removeIf(key -> key.startsWith("spring.deserializer"));
        config.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
