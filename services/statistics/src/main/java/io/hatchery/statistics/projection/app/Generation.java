package io.hatchery.statistics.projection.app;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.MalformedEventException;
import io.hatchery.contracts.UnknownEvent;
import io.hatchery.contracts.kafka.CloudEventDeserializer;
import io.hatchery.statistics.projection.domain.Projection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
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
 *
 * <p>Two threads form a pipeline: the reader polls and decodes, the applier applies decoded batches to the
 * projection. Decoding is about half of the work per event, so where the machine has cores to spare the two halves
 * run side by side. Positions move only when a batch has been applied; the reader may be up to
 * {@link #QUEUED_BATCHES} batches ahead, and those are simply read again after a crash.
 */
final class Generation {

    private static final Logger log = LoggerFactory.getLogger(Generation.class);
    private static final long PARTITION_REFRESH_MS = 5_000;
    private static final long LAG_REFRESH_MS = 500;
    private static final int QUEUED_BATCHES = 2;
    private static final long IDLE_MS = 200;

    /** What the engine does with each applied batch and with records it cannot read. */
    interface Listener {
        void applied(Generation generation, int events);

        void deadLetter(ConsumerRecord<String, byte[]> record, Exception problem);

        void freshness(String topic, Instant eventTime);
    }

    /** One event, decoded, as the projection takes it. */
    private record Decoded(String topic, String subject, long version, DomainEvent data) {
    }

    /** A poll's worth of decoded events, the next offset of each partition it covers and its newest times. */
    private record Batch(List<Decoded> events, Map<TopicPartition, Long> nextOffsets, Map<String, Instant> newest) {
    }

    final String name;
    final Projection projection;
    final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Supplier<Consumer<String, byte[]>> consumers;
    private final List<String> topics;
    private final Map<String, Long> startOffsets;
    private final Listener listener;
    /** Next offset per partition of what has been applied; guarded by {@link #lock}. */
    private final Map<TopicPartition, Long> positions = new HashMap<>();
    private final CloudEventDeserializer deserializer = new CloudEventDeserializer();
    private final BlockingQueue<Batch> decoded = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final AtomicLong applied = new AtomicLong();
    private volatile boolean running = true;
    private volatile boolean caughtUp;
    private volatile long lag = -1;
    private volatile Throwable failure;
    private volatile Instant lastEventTime;
    private long nextLagCheck;
    private Thread reader;
    private Thread applier;

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
        reader = new Thread(this::read, "statistics-reader-" + name);
        applier = new Thread(this::applyBatches, "statistics-projection-" + name);
        reader.setDaemon(true);
        applier.setDaemon(true);
        applier.start();
        reader.start();
    }

    void stop() {
        running = false;
        for (Thread thread : new Thread[] {reader, applier}) {
            if (thread != null && thread != Thread.currentThread()) {
                try {
                    thread.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
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
                        handOver(decode(records));
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
            fail(e);
        }
    }

    /** Queues a batch for the applier, waiting while it is behind rather than reading further ahead. */
    private void handOver(Batch batch) throws InterruptedException {
        boolean queued = false;
        while (running && !queued) {
            queued = decoded.offer(batch, IDLE_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void applyBatches() {
        try {
            while (running) {
                Batch batch = decoded.poll(IDLE_MS, TimeUnit.MILLISECONDS);
                listener.applied(this, batch == null ? 0 : apply(batch));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            fail(e);
        }
    }

    private void fail(Throwable e) {
        failure = e;
        running = false;
        log.error("Projection {} stopped: {}", name, e.toString(), e);
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
                consumer.seek(partition, appliedPosition(partition));
            }
        }
        log.info("Projection {} reads {} partitions of {}", name, all.size(), topics);
    }

    private long appliedPosition(TopicPartition partition) {
        lock.readLock().lock();
        try {
            return positions.getOrDefault(partition, startOffsets.getOrDefault(key(partition), 0L));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Decodes a poll on the reader thread; records that break their contract go to the dead letters here. */
    private Batch decode(ConsumerRecords<String, byte[]> records) {
        List<Decoded> events = new ArrayList<>(records.count());
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
                    listener.deadLetter(record, e);
                    continue;
                }
                if (!(event.data() instanceof UnknownEvent)) {
                    events.add(new Decoded(record.topic(), event.subject(), event.aggregateVersion(), event.data()));
                    newestTime = event.time();
                }
            }
            nextOffsets.put(partition, batch.get(batch.size() - 1).offset() + 1);
            if (newestTime != null) {
                newest.merge(partition.topic(), newestTime, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return new Batch(events, nextOffsets, newest);
    }

    /** Applies a batch and moves the positions it covers, together, under the write lock. */
    private int apply(Batch batch) {
        int events = 0;
        lock.writeLock().lock();
        try {
            for (Decoded event : batch.events()) {
                if (projection.apply(event.topic(), event.subject(), event.version(), event.data())) {
                    events++;
                }
            }
            positions.putAll(batch.nextOffsets());
        } finally {
            lock.writeLock().unlock();
        }
        batch.newest().values().stream().max(Instant::compareTo).ifPresent(time -> lastEventTime = time);
        batch.newest().forEach(listener::freshness);
        applied.addAndGet(events);
        return events;
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
            behind += Math.max(0, end.getValue() - appliedPosition(end.getKey()));
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
        return reader != null && reader.isAlive() && applier.isAlive();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
