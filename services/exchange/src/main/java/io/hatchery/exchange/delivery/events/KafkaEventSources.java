package io.hatchery.exchange.delivery.events;

import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.MalformedEventException;
import io.hatchery.contracts.UnknownEvent;
import io.hatchery.contracts.kafka.CloudEventDeserializer;
import io.hatchery.exchange.delivery.app.EventSource;
import io.hatchery.exchange.delivery.app.EventSources;
import io.hatchery.exchange.delivery.app.Position;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Subscriptions read the platform's topics with plain consumers, positions kept by the exchange (no consumer
 * group): each subscription moves at its own pace, and a rewind is a seek. Records that are not events of the
 * catalogue are passed over (the owners' consumers dead-letter them).
 */
@Component
public class KafkaEventSources implements EventSources {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventSources.class);
    private static final String ATTRIBUTE_PREFIX = "ce_";

    private final KafkaProperties kafka;

    public KafkaEventSources(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    @Override
    public EventSource open(String client, Set<String> topics, Position position, Instant from) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.keySet().removeIf(key -> key.startsWith("spring.deserializer"));
        config.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "exchange-" + client);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer());
        try {
            return new KafkaSource(consumer, topics, position, from);
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
    }

    private static final class KafkaSource implements EventSource {

        private final KafkaConsumer<String, byte[]> consumer;
        private final CloudEventDeserializer deserializer = new CloudEventDeserializer();
        private final Set<String> topics;
        private final Instant from;
        private final Map<TopicPartition, Long> positions = new HashMap<>();
        private long nextAssignment;

        KafkaSource(KafkaConsumer<String, byte[]> consumer, Set<String> topics, Position position, Instant from) {
            this.consumer = consumer;
            this.topics = Set.copyOf(topics);
            this.from = from;
            position.offsets().forEach((key, offset) -> {
                int colon = key.lastIndexOf(':');
                TopicPartition partition = new TopicPartition(key.substring(0, colon),
                        Integer.parseInt(key.substring(colon + 1)));
                if (this.topics.contains(partition.topic())) {
                    positions.put(partition, offset);
                }
            });
            assign();
        }

        /** Assigns every partition of the topics (new ones appear as topics grow), seeking the unknown ones. */
        private void assign() {
            List<TopicPartition> all = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                if (partitions != null) {
                    partitions.forEach(info -> all.add(new TopicPartition(topic, info.partition())));
                }
            }
            nextAssignment = System.currentTimeMillis() + 10_000;
            if (all.size() == consumer.assignment().size() && consumer.assignment().containsAll(all)) {
                return;
            }
            Set<TopicPartition> before = Set.copyOf(consumer.assignment());
            consumer.assign(all);
            Map<TopicPartition, Long> byTime = new HashMap<>();
            for (TopicPartition partition : all) {
                if (before.contains(partition)) {
                    continue;
                }
                Long known = positions.get(partition);
                if (known != null) {
                    consumer.seek(partition, known);
                } else {
                    byTime.put(partition, from.toEpochMilli());
                }
            }
            if (!byTime.isEmpty()) {
                Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(byTime, Duration.ofSeconds(5));
                Map<TopicPartition, Long> ends = consumer.endOffsets(byTime.keySet(), Duration.ofSeconds(5));
                for (TopicPartition partition : byTime.keySet()) {
                    OffsetAndTimestamp at = found.get(partition);
                    long offset = at != null ? at.offset() : ends.getOrDefault(partition, 0L);
                    consumer.seek(partition, offset);
                    positions.put(partition, offset);
                }
            }
        }

        @Override
        public List<Read> poll(long timeoutMs) {
            if (System.currentTimeMillis() >= nextAssignment) {
                assign();
            }
            List<Read> reads = new ArrayList<>();
            if (consumer.assignment().isEmpty()) {
                // no topic to read (a partner entitled to nothing yet, topics not created yet): wait, as a poll would
                sleep(timeoutMs);
                return reads;
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(timeoutMs))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                positions.put(partition, record.offset() + 1);
                Map<String, String> attributes = new HashMap<>();
                for (Header header : record.headers()) {
                    if (header.key().startsWith(ATTRIBUTE_PREFIX) && header.value() != null) {
                        attributes.put(header.key().substring(ATTRIBUTE_PREFIX.length()),
                                new String(header.value(), StandardCharsets.UTF_8));
                    }
                }
                String type = attributes.get("type");
                if (type == null || EventCatalog.find(type).isEmpty() || attributes.get("id") == null) {
                    continue;
                }
                reads.add(new Read(attributes, decoder(record), record.topic(), record.partition(),
                        record.offset()));
            }
            return reads;
        }

        /** Decodes the record once, when first asked; a record that breaks its contract is logged and read empty. */
        private Supplier<EventEnvelope<?>> decoder(ConsumerRecord<String, byte[]> record) {
            EventEnvelope<?>[] decoded = new EventEnvelope<?>[1];
            return () -> {
                if (decoded[0] == null) {
                    try {
                        decoded[0] = deserializer.deserialize(record.topic(), record.headers(), record.value());
                    } catch (MalformedEventException e) {
                        log.warn("Record {}-{}@{} breaks its contract and is passed over: {}", record.topic(),
                                record.partition(), record.offset(), e.getMessage());
                        return null;
                    }
                }
                return decoded[0].data() instanceof UnknownEvent ? null : decoded[0];
            };
        }

        @Override
        public Position position() {
            Map<String, Long> offsets = new HashMap<>();
            positions.forEach((partition, offset) -> offsets.put(Position.key(partition.topic(),
                    partition.partition()), offset));
            return new Position(offsets);
        }

        @Override
        public long lag() {
            Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(5));
            long behind = 0;
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                behind += Math.max(0, end.getValue() - positions.getOrDefault(end.getKey(), end.getValue()));
            }
            return behind;
        }

        @Override
        public long lag(Position from) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(5));
            long behind = 0;
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                Long at = from.offsets().get(Position.key(end.getKey().topic(), end.getKey().partition()));
                behind += Math.max(0, end.getValue() - (at != null ? at : positions.getOrDefault(end.getKey(),
                        end.getValue())));
            }
            return behind;
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            consumer.close(Duration.ofSeconds(2));
        }
    }
}
