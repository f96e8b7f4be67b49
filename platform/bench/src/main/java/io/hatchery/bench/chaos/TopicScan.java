package io.hatchery.bench.chaos;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.kafka.CloudEventDeserializer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Every event on a topic from its beginning to its end as of now, for checking what was published. */
final class TopicScan {

    private TopicScan() {
    }

    static void read(String bootstrapServers, String topic, Consumer<EventEnvelope<?>> each) {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrapServers);
        config.put("enable.auto.commit", "false");
        try (KafkaConsumer<String, EventEnvelope<?>> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new CloudEventDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, EventEnvelope<?>> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null) {
                        each.accept(record.value());
                    }
                }
            }
        }
    }
}
