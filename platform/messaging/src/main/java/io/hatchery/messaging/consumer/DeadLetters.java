package io.hatchery.messaging.consumer;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.MalformedEventException;
import io.hatchery.contracts.kafka.CloudEventSerializer;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The consumers' error handling: a failing record is retried a few times, then sent with the exception in its
 * headers to {@code <topic>.<consumer-group>.dlt}, and the consumer goes on with the next record. Records that
 * cannot be read at all (deserialization failures, broken contracts) go there without retries.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static String topicFor(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }

    public static DefaultErrorHandler errorHandler(Map<String, Object> producerConfig, String defaultGroup,
            int retries, Duration backoff) {
        DefaultErrorHandler handler = new DefaultErrorHandler(publisher(producerConfig, defaultGroup),
                new FixedBackOff(backoff.toMillis(), retries));
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    /**
     * Sends a record with the exception in its {@code kafka_dlt-*} headers to the dead-letter topic of the consumer
     * group (the listener's, else {@code defaultGroup}); for consumers that read without a listener container too.
     */
    public static DeadLetterPublishingRecoverer publisher(Map<String, Object> producerConfig, String defaultGroup) {
        return new DeadLetterPublishingRecoverer(template(producerConfig),
                (record, exception) -> new TopicPartition(topicFor(record.topic(), currentGroup(defaultGroup)), -1));
    }

    private static String currentGroup(String defaultGroup) {
        String group = KafkaUtils.getConsumerGroupId();
        return group != null ? group : defaultGroup;
    }

    /** Dead letters keep their original bytes when they could not be read, and their events when they could. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static KafkaTemplate<Object, Object> template(Map<String, Object> producerConfig) {
        Map<String, Object> config = new java.util.HashMap<>(producerConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        Map<Class<?>, Serializer<?>> byType = Map.of(
                byte[].class, new ByteArraySerializer(),
                EventEnvelope.class, new CloudEventSerializer());
        DelegatingByTypeSerializer values = new DelegatingByTypeSerializer(byType, true);
        DefaultKafkaProducerFactory<Object, Object> factory = new DefaultKafkaProducerFactory<>(config,
                (Serializer) new StringSerializer(), (Serializer) values);
        return new KafkaTemplate<>(factory);
    }
}
