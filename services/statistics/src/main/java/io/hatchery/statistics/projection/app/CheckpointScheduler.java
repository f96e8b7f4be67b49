package io.hatchery.statistics.projection.app;

import io.hatchery.statistics.projection.store.CheckpointStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When the projection is checkpointed, and the writing: state and positions are captured together at a batch
 * boundary and written in the background, one checkpoint at a time, so that consumption goes on meanwhile.
 */
@Component
class CheckpointScheduler {

    private static final Logger log = LoggerFactory.getLogger(CheckpointScheduler.class);

    private final CheckpointStore checkpoints;
    private final Duration interval;
    private final Clock clock;
    private final Map<String, Long> checkpointedEvents = new ConcurrentHashMap<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "statistics-checkpoint");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Instant lastCheckpoint = Instant.EPOCH;
    private volatile String checkpointId;

    CheckpointScheduler(CheckpointStore checkpoints, StatisticsProperties properties, Clock clock) {
        this.checkpoints = checkpoints;
        this.interval = properties.checkpointInterval();
        this.clock = clock;
    }

    /** The last checkpoint, if there is one that can be read. */
    Optional<CheckpointStore.Checkpoint> restore() {
        try {
            Optional<CheckpointStore.Checkpoint> checkpoint = checkpoints.load();
            checkpoint.ifPresent(found -> {
                checkpointId = found.id();
                lastCheckpoint = found.createdAt();
            });
            return checkpoint;
        } catch (RuntimeException e) {
            log.warn("Statistics could not load their checkpoint ({}); reading from the beginning", e.toString());
            return Optional.empty();
        }
    }

    /**
     * Checkpoints when the interval has passed and the generation applied something since. While far behind (a
     * first start, a replay), six times less often: writing the whole state every few seconds would slow the
     * catching up more than a crash could cost.
     */
    void afterBatch(Generation generation, boolean catchingUp) {
        Duration due = catchingUp ? interval.multipliedBy(6) : interval;
        boolean elapsed = Duration.between(lastCheckpoint, clock.instant()).compareTo(due) >= 0;
        if (elapsed && checkpointedEvents.getOrDefault(generation.name(), -1L) != generation.appliedEvents()) {
            checkpoint(generation);
        }
    }

    /** Captures now and writes in the background, unless a checkpoint is being written already. */
    void checkpoint(Generation generation) {
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        long events = generation.appliedEvents();
        Generation.Captured captured = generation.capture();
        lastCheckpoint = clock.instant();
        writer.execute(() -> {
            try {
                checkpointId = checkpoints.save(captured.snapshot(), captured.offsets());
                checkpointedEvents.put(generation.name(), events);
            } catch (RuntimeException e) {
                log.warn("Checkpoint failed ({}); the next one retries", e.toString());
            } finally {
                writing.set(false);
            }
        });
    }

    /** The final checkpoint at shutdown: written before the service goes. */
    void checkpointNow(Generation generation) {
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Generation.Captured captured = generation.capture();
        checkpointId = checkpoints.save(captured.snapshot(), captured.offsets());
        lastCheckpoint = clock.instant();
    }

    Instant lastCheckpoint() {
        return lastCheckpoint;
    }

    String checkpointId() {
        return checkpointId;
    }
}
