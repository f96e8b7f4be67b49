package io.hatchery.testing;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.kafka.CloudEventDeserializer;
import io.hatchery.contracts.kafka.CloudEventSerializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.Assertions;

/** Reads and writes events on the shared test broker the way services do, for assertions and fixtures. */
public final class EventProbe implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private EventProbe(KafkaConsumer<String, byte[]> consumer) {
        this.consumer = consumer;
    }

    /** A probe reading the given topics from their beginning. */
    public static EventProbe fromBeginning(String... topics) {
        return fromBeginningOn(TestInfrastructure.get().kafkaBootstrapServers(), topics);
    }

    /** A probe reading the given topics from their beginning on another broker than the shared one. */
    public static EventProbe fromBeginningOn(String bootstrapServers, String... topics) {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrapServers);
        config.put("group.id", "event-probe-" + UUID.randomUUID());
        config.put("auto.offset.reset", "earliest");
        config.put("enable.auto.commit", "false");
        config.put("key.deserializer", StringDeserializer.class.getName());
        config.put("value.deserializer", ByteArrayDeserializer.class.getName());
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topics));
        return new EventProbe(consumer);
    }

    /** Waits for a record matching the predicate among everything read so far and from now on. */
    public ConsumerRecord<String, byte[]> awaitRecord(Predicate<ConsumerRecord<String, byte[]>> matching,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ConsumerRecord<String, byte[]> record : seen) {
                if (matching.test(record)) {
                    return record;
                }
            }
            if (System.nanoTime() > deadline) {
                return Assertions.fail("no matching record within " + timeout + "; saw " + seen.size() + " records");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
    }

    /** Waits for an event matching the predicate, decoded. */
    public EventEnvelope<?> awaitEvent(Predicate<EventEnvelope<?>> matching, Duration timeout) {
        return decode(awaitRecord(record -> {
            try {
                return matching.test(decode(record));
            } catch (RuntimeException notAnEvent) {
                return false;
            }
        }, timeout));
    }

    /** Everything read in the given time (use after the fact to check nothing more arrived). */
    public List<EventEnvelope<?>> drain(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        List<EventEnvelope<?>> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : seen) {
            try {
                events.add(decode(record));
            } catch (RuntimeException notAnEvent) {
                // records that are not events (e.g. malformed fixtures) are left out of the decoded view
            }
        }
        return events;
    }

    public static EventEnvelope<?> decode(ConsumerRecord<String, byte[]> record) {
        return new CloudEventDeserializer().deserialize(record.topic(), record.headers(), record.value());
    }

    /** Publishes events as their producing service would (key = subject, binary-mode headers). */
    public static void publish(String topic, EventEnvelope<?>... events) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            CloudEventSerializer serializer = new CloudEventSerializer();
            for (EventEnvelope<?> event : events) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.subject(), null);
                byte[] value = serializer.serialize(topic, record.headers(), event);
                ProducerRecord<String, byte[]> withValue =
                        new ProducerRecord<>(topic, null, event.subject(), value, record.headers());
                producer.send(withValue).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish test events", e);
        }
    }

    /** Publishes raw bytes with the given headers, e.g. a malformed record. */
    public static void publishRaw(String topic, String key, byte[] value, Map<String, String> headers) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            CloudEventSerializer.writeHeaders(record.headers(), headers);
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish test record", e);
        }
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties config = new Properties();
        config.put("bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers());
        config.put("acks", "all");
        config.put("key.serializer", StringSerializer.class.getName());
        config.put("value.serializer", ByteArraySerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
