package io.hatchery.statistics.projection.app;

import io.hatchery.contracts.region.Region;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.statistics.projection.domain.Figures;
import io.hatchery.statistics.projection.domain.Projection;
import io.hatchery.statistics.projection.store.CheckpointStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.hatchery.application.refusal.TemporarilyUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * The projection's lifecycle: restores the last checkpoint and serves a generation that reads on from its offsets;
 * a rebuild replays everything into a new generation while the current one keeps answering, and takes over once it
 * has caught up. After each batch the serving generation's changes are published ({@link ChangePublication}) and
 * checkpoints taken when due ({@link CheckpointScheduler}).
 */
@Service
public class ProjectionEngine implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionEngine.class);
    private static final long CATCHING_UP_LAG = 5_000;
    private static final long RESTART_PAUSE_MS = 1_000;
    private static final long MAX_RESTART_PAUSE_MS = 60_000;

    private final EventReaders readers;
    private final CheckpointScheduler checkpoints;
    private final ChangePublication publication;
    private final ProjectionMetrics metrics;
    private final Function<String, List<String>> selfAndAncestors;
    private final AtomicInteger generations = new AtomicInteger();
    private volatile Generation live;
    /** A failed generation was let go and its replacement is not in place yet (its restore may have failed). */
    private volatile boolean restorePending;
    private volatile Generation rebuilding;
    private volatile boolean running;
    private volatile Thread supervisor;
    private final AtomicInteger restarts = new AtomicInteger();

    ProjectionEngine(EventReaders readers, CheckpointScheduler checkpoints, ChangePublication publication,
            RegionCatalog regions, MeterRegistry meters, Clock clock) {
        this.readers = readers;
        this.checkpoints = checkpoints;
        this.publication = publication;
        this.selfAndAncestors = code -> regions.selfAndAncestors(code).stream().map(Region::code).toList();
        this.metrics = new ProjectionMetrics(meters, clock, this::status);
    }

    @Override
    public void start() {
        Optional<CheckpointStore.Checkpoint> checkpoint = checkpoints.restore();
        Projection projection = new Projection(selfAndAncestors);
        Map<String, Long> offsets = Map.of();
        if (checkpoint.isPresent()) {
            projection = Projection.restore(checkpoint.get().snapshot(), selfAndAncestors);
            offsets = checkpoint.get().offsets();
            log.info("Statistics restored from checkpoint {} of {} (written by replica {}); reading on from its"
                    + " offsets", checkpoint.get().id(), checkpoint.get().createdAt(), checkpoint.get().replica());
        } else {
            log.info("Statistics have no checkpoint; reading the domain topics from the beginning");
        }
        live = newGeneration(projection, offsets);
        live.start();
        running = true;
        supervisor = new Thread(this::supervise, "statistics-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    /**
     * Replaces a generation that stopped on a failure (its reader or applier died: an error, a broken dependency)
     * by one restored from the latest checkpoint, after a pause that doubles up to a minute while failures repeat.
     * A failed rebuild is dropped; the serving generation goes on. The figures never stay frozen silently.
     */
    private void supervise() {
        long pauseMs = RESTART_PAUSE_MS;
        while (running) {
            try {
                Thread.sleep(pauseMs);
            } catch (InterruptedException e) {
                return;
            }
            Generation rebuild = rebuilding;
            if (rebuild != null && rebuild.failure() != null) {
                dropFailedRebuild(rebuild);
            }
            Generation current = live;
            boolean failed = current != null && current.failure() != null;
            if (running && (restorePending || failed)) {
                String why = failed ? current.name() + ": " + current.failure() : "a restore that failed";
                if (failed) {
                    letGo(current);
                }
                // no reference to the failed generation's figures may outlive this point, or the restore needs
                // room for two projections
                current = null;
                try {
                    restore(why);
                } catch (RuntimeException | OutOfMemoryError e) {
                    // the supervisor must outlive a restore that failed too: it tries again after a longer pause
                    log.error("Restoring the statistics after {} failed: {}", why, e.toString());
                }
                pauseMs = Math.min(pauseMs * 2, MAX_RESTART_PAUSE_MS);
            } else if (current != null && current.isCaughtUp()) {
                pauseMs = RESTART_PAUSE_MS;
            }
        }
    }

    /**
     * Stops serving a failed generation and lets go of its figures before the checkpoint is loaded: holding both
     * doubled the heap, and a generation that had run out of memory made every restore run out too, the figures
     * frozen. Until the replacement is in place queries are answered 503 statistics-loading.
     */
    private synchronized void letGo(Generation failed) {
        if (live == failed) {
            restorePending = true;
            live = null;
            failed.stop();
        }
    }

    /** Serves a generation restored from the latest checkpoint, in place of the one let go. */
    private synchronized void restore(String why) {
        if (!running || !restorePending) {
            return;
        }
        Optional<CheckpointStore.Checkpoint> checkpoint = checkpoints.restore();
        Generation replacement = checkpoint
                .map(saved -> newGeneration(Projection.restore(saved.snapshot(), selfAndAncestors), saved.offsets()))
                .orElseGet(() -> newGeneration(new Projection(selfAndAncestors), Map.of()));
        restarts.incrementAndGet();
        log.warn("Projection {} had stopped; {} takes over from {}", why, replacement.name(),
                checkpoint.map(saved -> "checkpoint " + saved.id()).orElse("the beginning"));
        replacement.start();
        live = replacement;
        restorePending = false;
    }

    private synchronized void dropFailedRebuild(Generation failed) {
        if (rebuilding == failed) {
            rebuilding = null;
            log.warn("Rebuild {} failed ({}); the served figures stay those of {}; start another rebuild to retry",
                    failed.name(), failed.failure(), live == null ? "none" : live.name());
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread watching = supervisor;
        if (watching != null) {
            watching.interrupt();
        }
        Generation rebuild = rebuilding;
        if (rebuild != null) {
            rebuild.stop();
        }
        Generation current = live;
        if (current != null) {
            current.stop();
            try {
                checkpoints.checkpointNow(current);
            } catch (RuntimeException e) {
                log.warn("Final checkpoint failed ({}); the next start replays from the previous one", e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Reads the served figures, consistently: no batch is applied while the query runs.
     *
     * @throws TemporarilyUnavailableException while the figures are still being loaded at start
     */
    public <T> T read(Function<Figures, T> query) {
        Generation current = live;
        if (current == null) {
            throw new TemporarilyUnavailableException("statistics-loading", "the statistics are being loaded from"
                    + " their checkpoint; retry in a moment", Duration.ofSeconds(2));
        }
        return current.read(query);
    }

    /**
     * Starts a rebuild from offset 0 into a new generation; the current figures are served until it has caught up.
     *
     * @return the new generation's name
     * @throws IllegalStateException when a rebuild is already running
     */
    public synchronized String rebuild() {
        if (rebuilding != null) {
            throw new IllegalStateException("a rebuild is already running (" + rebuilding.name() + ")");
        }
        Generation generation = newGeneration(new Projection(selfAndAncestors), Map.of());
        rebuilding = generation;
        generation.start();
        log.info("Rebuild {} started: replaying the domain topics from the beginning", generation.name());
        return generation.name();
    }

    /**
     * What health and the admin endpoint report.
     *
     * @param eventsRejected events the serving generation could not apply and sent to the dead letters
     * @param restarts       generations replaced after a failure since this instance started
     */
    public record Status(String generation, boolean caughtUp, long lag, long eventsApplied, long eventsRejected,
            Instant lastEventTime, String checkpoint, Instant lastCheckpoint, String rebuilding, long rebuildLag,
            String failure, int restarts) {
    }

    public Status status() {
        Generation current = live;
        Generation rebuild = rebuilding;
        return new Status(current == null ? null : current.name(), current != null && current.isCaughtUp(),
                current == null ? -1 : current.lag(), current == null ? 0 : current.appliedEvents(),
                current == null ? 0 : current.rejectedEvents(), current == null ? null : current.lastEventTime(),
                checkpoints.checkpointId(), checkpoints.lastCheckpoint(), rebuild == null ? null : rebuild.name(),
                rebuild == null ? -1 : rebuild.lag(),
                current == null || current.failure() == null ? null : current.failure().toString(), restarts.get());
    }

    public boolean isServing() {
        Generation current = live;
        return current != null && current.isAlive() && current.failure() == null;
    }

    private Generation newGeneration(Projection projection, Map<String, Long> offsets) {
        return new Generation("g" + generations.incrementAndGet(), projection, offsets, readers,
                new Generation.Listener() {
                    @Override
                    public void applied(Generation generation, int events) {
                        afterBatch(generation, events);
                    }

                    @Override
                    public void freshness(String topic, Instant eventTime) {
                        metrics.freshness(topic, eventTime);
                    }
                });
    }

    private void afterBatch(Generation generation, int events) {
        if (generation == rebuilding) {
            generation.discardChanges();
            if (generation.isCaughtUp()) {
                takeOver(generation);
            }
            return;
        }
        if (generation != live) {
            return;
        }
        boolean catchingUp = generation.lag() > CATCHING_UP_LAG;
        publication.afterBatch(generation, events, catchingUp);
        checkpoints.afterBatch(generation, catchingUp);
    }

    /** The rebuilt generation has caught up: it serves from now on, and the old one stops. */
    private synchronized void takeOver(Generation rebuilt) {
        Generation old = live;
        live = rebuilt;
        rebuilding = null;
        old.stop();
        checkpoints.checkpoint(rebuilt);
        log.info("Rebuild {} caught up and serves the figures now; {} stopped", rebuilt.name(), old.name());
    }
}
