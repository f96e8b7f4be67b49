package io.hatchery.statistics.projection.events;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.MalformedEventException;
import io.hatchery.contracts.UnknownEvent;
import io.hatchery.contracts.kafka.CloudEventDeserializer;
import io.hatchery.statistics.projection.app.BatchSink;
import io.hatchery.statistics.projection.app.DecodedBatch;
import io.hatchery.statistics.projection.app.EventReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every partition of the domain topics for one generation, assigned directly (each replica reads everything;
 * there is no consumer group to rebalance), decodes on its own thread and hands the batches over. Records that break
 * their contract go to the dead letters here and are passed over.
 */
final class TopicReader implements EventReader {

    private static final Logger log = LoggerFactory.getLogger(TopicReader.class);
    private static final long PARTITION_REFRESH_MS = 5_000;
    private static final long LAG_REFRESH_MS = 500;
    private static final long IDLE_MS = 200;

    private final String name;
    private final List<String> topics;
    private final Supplier<Consumer<String, byte[]>> consumers;
    private final BatchSink sink;
    private final BiConsumer<ConsumerRecord<String, byte[]>, Exception> deadLetters;
    private final CloudEventDeserializer deserializer = new CloudEventDeserializer();
    private volatile boolean running = true;
    private volatile boolean caughtUp;
    private volatile long lag = -1;
    private long nextLagCheck;
    private Thread thread;

    TopicReader(String name, List<String> topics, Supplier<Consumer<String, byte[]>> consumers, BatchSink sink,
            BiConsumer<ConsumerRecord<String, byte[]>, Exception> deadLetters) {
        this.name = name;
        this.topics = List.copyOf(topics);
        this.consumers = consumers;
        this.sink = sink;
        this.deadLetters = deadLetters;
    }

    @Override
    public void start() {
        thread = new Thread(this::read, "statistics-reader-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isAlive() {
        return thread != null && thread.isAlive();
    }

    @Override
    public long lag() {
        return lag;
    }

    @Override
    public boolean isCaughtUp() {
        return caughtUp;
    }

    private void read() {
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            long nextRefresh = 0;
            while (running) {
                try {
                    if (System.currentTimeMillis() >= nextRefresh) {
                        assign(consumer);
                        nextRefresh = System.currentTimeMillis() + PARTITION_REFRESH_MS;
                    }
                    if (consumer.assignment().isEmpty()) {
                        Thread.sleep(500);
                        continue;
                    }
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(IDLE_MS));
                    if (!records.isEmpty()) {
                        sink.handOver(decode(records));
                    }
                    updateLag(consumer, records.isEmpty());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    log.warn("Projection {} could not read its topics ({}); retrying", name, e.toString());
                    sleepQuietly(1000);
                    // Read again from what has been applied: a poll that failed halfway is not lost, and what
                    // is read twice the projection recognises by its version.
                    consumer.assign(List.of());
                    nextRefresh = 0;
                }
            }
        } catch (RuntimeException | Error e) {
            sink.readerFailed(e);
        }
    }

    /**
     * Assigns every partition of the topics; new ones start from their applied position, their checkpointed
     * offset or the beginning. Partitions assigned before keep the reader's position.
     */
    private void assign(Consumer<String, byte[]> consumer) {
        List<TopicPartition> all = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (partitions != null) {
                partitions.forEach(info -> all.add(new TopicPartition(topic, info.partition())));
            }
        }
        Set<TopicPartition> before = consumer.assignment();
        if (all.size() == before.size() && before.containsAll(all)) {
            return;
        }
        Set<TopicPartition> kept = new HashSet<>(before);
        consumer.assign(all);
        for (TopicPartition partition : all) {
            if (!kept.contains(partition)) {
                consumer.seek(partition, sink.appliedPosition(partition));
            }
        }
        log.info("Projection {} reads {} partitions of {}", name, all.size(), topics);
    }

    /** Decodes a poll; records that break their contract go to the dead letters. */
    private DecodedBatch decode(ConsumerRecords<String, byte[]> records) {
        List<DecodedBatch.Event> events = new ArrayList<>(records.count());
        Map<TopicPartition, Long> nextOffsets = new HashMap<>();
        Map<String, Instant> newest = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> batch = records.records(partition);
            Instant newestTime = null;
            for (ConsumerRecord<String, byte[]> record : batch) {
                EventEnvelope<?> event;
                try {
                    event = deserializer.deserialize(record.topic(), record.headers(), record.value());
                } catch (MalformedEventException e) {
                    log.warn("Unreadable record {}-{}@{} goes to the dead letters: {}", record.topic(),
                            record.partition(), record.offset(), e.getMessage());
                    deadLetters.accept(record, e);
                    continue;
                }
                if (!(event.data() instanceof UnknownEvent)) {
                    events.add(new DecodedBatch.Event(record.topic(), event.subject(), event.aggregateVersion(),
                            event.data(), problem -> deadLetters.accept(record, problem)));
                    newestTime = event.time();
                }
            }
            nextOffsets.put(partition, batch.get(batch.size() - 1).offset() + 1);
            if (newestTime != null) {
                newest.merge(partition.topic(), newestTime, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return new DecodedBatch(events, nextOffsets, newest);
    }

    /**
     * Asks the broker for the end offsets at most twice a second, and whenever a poll came back empty. The lag
     * counts what is not applied yet, including decoded batches waiting for the applier.
     */
    private void updateLag(Consumer<String, byte[]> consumer, boolean idle) {
        long now = System.currentTimeMillis();
        if (!idle && now < nextLagCheck) {
            return;
        }
        nextLagCheck = now + LAG_REFRESH_MS;
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(5));
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            behind += Math.max(0, end.getValue() - sink.appliedPosition(end.getKey()));
        }
        lag = behind;
        if (idle && behind == 0) {
            caughtUp = true;
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
