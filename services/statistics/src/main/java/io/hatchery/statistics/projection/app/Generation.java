package io.hatchery.statistics.projection.app;

import java.util.List;
import java.util.ArrayList;
import io.hatchery.contracts.statistics.FiguresChanged;
import io.hatchery.statistics.projection.domain.Figures;
import io.hatchery.statistics.projection.domain.Projection;
import io.hatchery.statistics.projection.domain.Snapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One projection with the reader that feeds it. Positions are kept here, next to the state they produced, so that a
 * checkpoint holds both at the same instant. Everything that touches the projection or the positions goes through
 * this class's methods, which take its lock themselves.
 *
 * <p>Two threads form a pipeline: the reader ({@link EventReader}) polls and decodes, the applier here applies
 * decoded batches to the projection. Decoding is about half of the work per event, so where the machine has cores
 * to spare the two halves run side by side. Positions move only when a batch has been applied; the reader may be up
 * to {@link #QUEUED_BATCHES} batches ahead, and those are simply read again after a crash.
 */
final class Generation implements BatchSink {

    private static final Logger log = LoggerFactory.getLogger(Generation.class);
    private static final int QUEUED_BATCHES = 2;
    private static final long IDLE_MS = 200;

    /** What the engine hears of each applied batch. */
    interface Listener {
        void applied(Generation generation, int events);

        void freshness(String topic, Instant eventTime);
    }

    /** State and positions taken together, at one batch boundary. */
    record Captured(Snapshot snapshot, Map<String, Long> offsets) {
    }

    private final String name;
    private final Projection projection;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Long> startOffsets;
    private final EventReaders readers;
    private final Listener listener;
    /** Next offset per partition of what has been applied; guarded by {@link #lock}. */
    private final Map<TopicPartition, Long> positions = new HashMap<>();
    private final BlockingQueue<DecodedBatch> decoded = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private volatile boolean running = true;
    private volatile Throwable failure;
    private volatile Instant lastEventTime;
    private volatile EventReader reader;
    private Thread applier;

    /** @param startOffsets next offset per "topic:partition" (from a checkpoint); others start at 0 */
    Generation(String name, Projection projection, Map<String, Long> startOffsets, EventReaders readers,
            Listener listener) {
        this.name = name;
        this.projection = projection;
        this.startOffsets = Map.copyOf(startOffsets);
        this.readers = readers;
        this.listener = listener;
    }

    String name() {
        return name;
    }

    void start() {
        applier = new Thread(this::applyBatches, "statistics-projection-" + name);
        applier.setDaemon(true);
        applier.start();
        reader = readers.open(name, this);
        reader.start();
    }

    void stop() {
        running = false;
        EventReader current = reader;
        if (current != null) {
            current.stop();
        }
        if (applier != null && applier != Thread.currentThread()) {
            try {
                applier.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Reads the figures under the read lock. */
    <T> T read(Function<Figures, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(projection.figures());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** State and positions at the last batch boundary. */
    Captured capture() {
        lock.readLock().lock();
        try {
            Map<String, Long> offsets = new HashMap<>(startOffsets);
            positions.forEach((partition, offset) -> offsets.put(key(partition), offset));
            return new Captured(projection.snapshot(), offsets);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The live feed's figures changed since the last call. */
    Optional<FiguresChanged> takeChanges(LocalDate today) {
        lock.writeLock().lock();
        try {
            return projection.takeChanges(today);
        } finally {
            lock.writeLock().unlock();
        }
    }

    void discardChanges() {
        lock.writeLock().lock();
        try {
            projection.discardChanges();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void handOver(DecodedBatch batch) throws InterruptedException {
        boolean queued = false;
        while (running && !queued) {
            queued = decoded.offer(batch, IDLE_MS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public long appliedPosition(TopicPartition partition) {
        lock.readLock().lock();
        try {
            return positions.getOrDefault(partition, startOffsets.getOrDefault(key(partition), 0L));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void readerFailed(Throwable cause) {
        fail(cause);
    }

    private void applyBatches() {
        try {
            while (running) {
                DecodedBatch batch = decoded.poll(IDLE_MS, TimeUnit.MILLISECONDS);
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
        EventReader current = reader;
        if (current != null) {
            current.stop();
        }
    }

    /**
     * Applies a batch and moves the positions it covers, together, under the write lock. An event the projection
     * refuses (a value outside its contract's bounds) is not applied, goes to the dead letters and is counted; the
     * others are applied as usual.
     */
    private int apply(DecodedBatch batch) {
        int events = 0;
        List<Map.Entry<DecodedBatch.Event, RuntimeException>> refused = new ArrayList<>();
        lock.writeLock().lock();
        try {
            for (DecodedBatch.Event event : batch.events()) {
                try {
                    if (projection.apply(event.topic(), event.subject(), event.version(), event.data())) {
                        events++;
                    }
                } catch (IllegalArgumentException | ArithmeticException poison) {
                    refused.add(Map.entry(event, poison));
                } catch (RuntimeException unexpected) {
                    // A defect met on one event must not freeze every figure: it is logged with its stack trace
                    // and the event goes to the dead letters like one outside its contract.
                    log.error("Projection {} failed on {} v{} of {}", name, event.data().getClass().getSimpleName(),
                            event.version(), event.subject(), unexpected);
                    refused.add(Map.entry(event, unexpected));
                }
            }
            positions.putAll(batch.nextOffsets());
        } finally {
            lock.writeLock().unlock();
        }
        for (Map.Entry<DecodedBatch.Event, RuntimeException> poison : refused) {
            DecodedBatch.Event event = poison.getKey();
            log.error("Projection {} cannot apply {} v{} of {}: {}; it goes to the dead letters", name,
                    event.data().getClass().getSimpleName(), event.version(), event.subject(),
                    poison.getValue().getMessage());
            rejected.incrementAndGet();
            try {
                event.reject().accept(poison.getValue());
            } catch (RuntimeException unsent) {
                // The count and this log line stay; the projection must not stop because the broker is away.
                log.error("Projection {} could not send {} v{} to the dead letters: {}", name, event.subject(),
                        event.version(), unsent.toString());
            }
        }
        batch.newest().values().stream().max(Instant::compareTo).ifPresent(time -> lastEventTime = time);
        batch.newest().forEach(listener::freshness);
        applied.addAndGet(events);
        return events;
    }

    private static String key(TopicPartition partition) {
        return partition.topic() + ":" + partition.partition();
    }

    boolean isCaughtUp() {
        EventReader current = reader;
        return current != null && current.isCaughtUp();
    }

    long lag() {
        EventReader current = reader;
        return current == null ? -1 : current.lag();
    }

    long appliedEvents() {
        return applied.get();
    }

    /** Events refused since this generation started: sent to the dead letters, not counted. */
    long rejectedEvents() {
        return rejected.get();
    }

    Instant lastEventTime() {
        return lastEventTime;
    }

    Throwable failure() {
        return failure;
    }

    boolean isAlive() {
        EventReader current = reader;
        return current != null && current.isAlive() && applier.isAlive();
    }
}
