package io.hatchery.statistics.projection.app;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.MalformedEventException;
import io.hatchery.contracts.UnknownEvent;
import io.hatchery.contracts.kafka.CloudEventDeserializer;
import io.hatchery.statistics.projection.domain.Projection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One projection with the consumer that feeds it: every partition of the domain topics assigned directly (each
 * replica reads everything; there is no consumer group to rebalance), positions kept here, next to the state they
 * produced, so that a checkpoint holds both at the same instant.
 */
final class Generation {

    private static final Logger log = LoggerFactory.getLogger(Generation.class);
    private static final long PARTITION_REFRESH_MS = 5_000;
    private static final long LAG_REFRESH_MS = 500;

    /** What the engine does with each applied batch and with records it cannot read. */
    interface Listener {
        void applied(Generation generation, int events);

        void deadLetter(ConsumerRecord<String, byte[]> record, Exception problem);

        void freshness(String topic, Instant eventTime);
    }

    final String name;
    final Projection projection;
    final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Supplier<Consumer<String, byte[]>> consumers;
    private final List<String> topics;
    private final Map<String, Long> startOffsets;
    private final Listener listener;
    private final Map<TopicPartition, Long> positions = new HashMap<>();
    private final CloudEventDeserializer deserializer = new CloudEventDeserializer();
    /** The newest event time per topic in the current batch: freshness is recorded once per batch and topic. */
    private final Map<String, Instant> newest = new HashMap<>();
    private final AtomicLong applied = new AtomicLong();
    private volatile boolean running = true;
    private volatile boolean caughtUp;
    private volatile long lag = -1;
    private volatile Throwable failure;
    private volatile Instant lastEventTime;
    private long nextLagCheck;
    private Thread thread;

    /** @param startOffsets next offset per "topic:partition" (from a checkpoint); others start at 0 */
    Generation(String name, Projection projection, Map<String, Long> startOffsets, List<String> topics,
            Supplier<Consumer<String, byte[]>> consumers, Listener listener) {
        this.name = name;
        this.projection = projection;
        this.startOffsets = Map.copyOf(startOffsets);
        this.topics = List.copyOf(topics);
        this.consumers = consumers;
        this.listener = listener;
    }

    void start() {
        thread = new Thread(this::run, "statistics-projection-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
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
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                    int events = apply(records);
                    updateLag(consumer, records.isEmpty());
                    listener.applied(this, events);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    log.warn("Projection {} could not read its topics ({}); retrying", name, e.toString());
                    sleepQuietly(1000);
                    nextRefresh = 0;
                }
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            log.error("Projection {} stopped: {}", name, e.toString(), e);
        }
    }

    /** Assigns every partition of the topics, new ones from their checkpointed offset or the beginning. */
    private void assign(Consumer<String, byte[]> consumer) {
        List<TopicPartition> all = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (partitions != null) {
                partitions.forEach(info -> all.add(new TopicPartition(topic, info.partition())));
            }
        }
        if (all.size() == consumer.assignment().size() && consumer.assignment().containsAll(all)) {
            return;
        }
        consumer.assign(all);
        for (TopicPartition partition : all) {
            long offset;
            lock.readLock().lock();
            try {
                offset = positions.getOrDefault(partition, startOffsets.getOrDefault(key(partition), 0L));
            } finally {
                lock.readLock().unlock();
            }
            consumer.seek(partition, offset);
        }
        log.info("Projection {} reads {} partitions of {}", name, all.size(), topics);
    }

    private int apply(ConsumerRecords<String, byte[]> records) {
        if (records.isEmpty()) {
            return 0;
        }
        int events = 0;
        lock.writeLock().lock();
        try {
            // Positions and freshness are kept per partition and batch, not per record: at replay rates the
            // bookkeeping per record cost as much as decoding.
            for (TopicPartition partition : records.partitions()) {
                List<ConsumerRecord<String, byte[]>> batch = records.records(partition);
                Instant newestTime = null;
                for (ConsumerRecord<String, byte[]> record : batch) {
                    EventEnvelope<?> event;
                    try {
                        event = deserializer.deserialize(record.topic(), record.headers(), record.value());
                    } catch (MalformedEventException e) {
                        listener.deadLetter(record, e);
                        event = null;
                    }
                    if (event != null && !(event.data() instanceof UnknownEvent)) {
                        if (projection.apply(record.topic(), event.subject(), event.aggregateVersion(),
                                event.data())) {
                            events++;
                        }
                        newestTime = event.time();
                    }
                }
                positions.put(partition, batch.get(batch.size() - 1).offset() + 1);
                if (newestTime != null) {
                    lastEventTime = newestTime;
                    newest.merge(partition.topic(), newestTime, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
        newest.forEach(listener::freshness);
        newest.clear();
        applied.addAndGet(events);
        return events;
    }

    /** Asks the broker for the end offsets at most twice a second, and whenever a poll came back empty. */
    private void updateLag(Consumer<String, byte[]> consumer, boolean idle) {
        long now = System.currentTimeMillis();
        if (!idle && now < nextLagCheck) {
            return;
        }
        nextLagCheck = now + LAG_REFRESH_MS;
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(5));
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            behind += Math.max(0, end.getValue() - consumer.position(end.getKey()));
        }
        lag = behind;
        if (idle && behind == 0) {
            caughtUp = true;
        }
    }

    /** Positions as "topic:partition" → next offset; call with the write or read lock held. */
    Map<String, Long> offsets() {
        Map<String, Long> offsets = new HashMap<>(startOffsets);
        positions.forEach((partition, offset) -> offsets.put(key(partition), offset));
        return offsets;
    }

    static String key(TopicPartition partition) {
        return partition.topic() + ":" + partition.partition();
    }

    boolean isCaughtUp() {
        return caughtUp;
    }

    long lag() {
        return lag;
    }

    long appliedEvents() {
        return applied.get();
    }

    Instant lastEventTime() {
        return lastEventTime;
    }

    Throwable failure() {
        return failure;
    }

    boolean isAlive() {
        return thread != null && thread.isAlive();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
