package io.hatchery.statistics.projection.app;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.region.Region;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.contracts.statistics.FigureChange;
import io.hatchery.contracts.statistics.FiguresChanged;
import io.hatchery.contracts.statistics.StatisticsEvents;
import io.hatchery.contracts.kafka.CloudEventSerializer;
import io.hatchery.messaging.consumer.DeadLetters;
import io.hatchery.statistics.feed.app.FigureFeed;
import io.hatchery.statistics.projection.domain.Cube;
import io.hatchery.statistics.projection.domain.Filter;
import io.hatchery.statistics.projection.domain.Indicator;
import io.hatchery.statistics.projection.domain.Projection;
import io.hatchery.statistics.projection.domain.Series;
import io.hatchery.statistics.projection.domain.Snapshot;
import io.hatchery.statistics.projection.store.CheckpointStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Runs the statistics projection: restores the last checkpoint, reads the domain topics from its offsets, applies
 * every event, publishes the figures each batch changed, and checkpoints state and offsets together. A rebuild
 * replays everything into a new generation while the current one keeps answering, and takes over once it has
 * caught up.
 */
@Service
public class ProjectionEngine implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionEngine.class);
    static final String GROUP = "statistics";
    private static final long CATCHING_UP_LAG = 5_000;

    /** The stock and ratio indicators each series moves, for the live feed. */
    private static final Map<Series, List<Indicator>> FEED = Map.of(
            Series.CARRIERS, List.of(Indicator.CARRIERS_COUNT),
            Series.CARRIER_AREA, List.of(Indicator.CARRIERS_AREA),
            Series.CARRIER_INCUBATION_AREA, List.of(Indicator.CARRIERS_AREA_INCUBATION),
            Series.FIRMS_INCUBATING, List.of(Indicator.FIRMS_INCUBATING, Indicator.FIRMS_TECH_SME_SHARE),
            Series.FIRMS_TECH_SME, List.of(Indicator.FIRMS_TECH_SME, Indicator.FIRMS_TECH_SME_SHARE),
            Series.FIRMS_HIGH_TECH, List.of(Indicator.FIRMS_HIGH_TECH));

    private final KafkaProperties kafka;
    private final StatisticsProperties properties;
    private final CheckpointStore checkpoints;
    private final FigureFeed feed;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Function<String, List<String>> selfAndAncestors;
    private final Map<String, Timer> freshness = new ConcurrentHashMap<>();
    private final AtomicInteger generations = new AtomicInteger();
    private final Map<String, Long> checkpointedEvents = new ConcurrentHashMap<>();
    private final AtomicBoolean checkpointing = new AtomicBoolean();
    private final ExecutorService checkpointWriter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "statistics-checkpoint");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Generation live;
    private volatile Generation rebuilding;
    private volatile Instant lastCheckpoint = Instant.EPOCH;
    private volatile String checkpointId;
    private volatile boolean running;
    private boolean pendingChanges;
    private long nextCatchUpPublication;
    private Producer<String, byte[]> producer;

    public ProjectionEngine(KafkaProperties kafka, StatisticsProperties properties, CheckpointStore checkpoints,
            FigureFeed feed, RegionCatalog regions, MeterRegistry meters, Clock clock) {
        this.kafka = kafka;
        this.properties = properties;
        this.checkpoints = checkpoints;
        this.feed = feed;
        this.meters = meters;
        this.clock = clock;
        this.selfAndAncestors = code -> regions.selfAndAncestors(code).stream().map(Region::code).toList();
        Gauge.builder("hatchery.statistics.lag", this, engine -> engine.live == null ? -1 : engine.live.lag())
                .description("Events on the domain topics not yet applied to the served figures").register(meters);
        Gauge.builder("hatchery.statistics.events.applied", this,
                        engine -> engine.live == null ? 0 : engine.live.appliedEvents())
                .description("Events applied by the serving generation since it started").register(meters);
        Gauge.builder("hatchery.statistics.checkpoint.age", this,
                        engine -> Duration.between(engine.lastCheckpoint, clock.instant()).toSeconds())
                .description("Seconds since the last checkpoint").baseUnit("seconds").register(meters);
    }

    @Override
    public void start() {
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        Projection projection = new Projection(selfAndAncestors);
        Map<String, Long> offsets = Map.of();
        try {
            var checkpoint = checkpoints.load();
            if (checkpoint.isPresent()) {
                projection = Projection.restore(checkpoint.get().snapshot(), selfAndAncestors);
                offsets = checkpoint.get().offsets();
                checkpointId = checkpoint.get().id();
                lastCheckpoint = checkpoint.get().createdAt();
                log.info("Statistics restored from checkpoint {} of {}; reading on from its offsets",
                        checkpoint.get().id(), checkpoint.get().createdAt());
            } else {
                log.info("Statistics have no checkpoint; reading the domain topics from the beginning");
            }
        } catch (RuntimeException e) {
            log.warn("Statistics could not load their checkpoint ({}); reading from the beginning", e.toString());
        }
        live = newGeneration(projection, offsets);
        live.start();
        running = true;
        Thread topics = new Thread(this::ensureDeadLetterTopics, "statistics-dlt-topics");
        topics.setDaemon(true);
        topics.start();
    }

    @Override
    public void stop() {
        running = false;
        Generation rebuild = rebuilding;
        if (rebuild != null) {
            rebuild.stop();
        }
        Generation current = live;
        if (current != null) {
            current.stop();
            try {
                checkpointNow(current);
            } catch (RuntimeException e) {
                log.warn("Final checkpoint failed ({}); the next start replays from the previous one", e.toString());
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Reads the served figures under their lock. */
    public <T> T read(Function<Projection, T> query) {
        Generation current = live;
        current.lock.readLock().lock();
        try {
            return query.apply(current.projection);
        } finally {
            current.lock.readLock().unlock();
        }
    }

    /**
     * Starts a rebuild from offset 0 into a new generation; the current figures are served until it has caught up.
     *
     * @return the new generation's name
     * @throws IllegalStateException when a rebuild is already running
     */
    public synchronized String rebuild() {
        if (rebuilding != null) {
            throw new IllegalStateException("a rebuild is already running (" + rebuilding.name + ")");
        }
        Generation generation = newGeneration(new Projection(selfAndAncestors), Map.of());
        rebuilding = generation;
        generation.start();
        log.info("Rebuild {} started: replaying the domain topics from the beginning", generation.name);
        return generation.name;
    }

    /** What health and the admin endpoint report. */
    public record Status(String generation, boolean caughtUp, long lag, long eventsApplied, Instant lastEventTime,
            String checkpoint, Instant lastCheckpoint, String rebuilding, long rebuildLag, String failure) {
    }

    public Status status() {
        Generation current = live;
        Generation rebuild = rebuilding;
        return new Status(current == null ? null : current.name, current != null && current.isCaughtUp(),
                current == null ? -1 : current.lag(), current == null ? 0 : current.appliedEvents(),
                current == null ? null : current.lastEventTime(), checkpointId, lastCheckpoint,
                rebuild == null ? null : rebuild.name, rebuild == null ? -1 : rebuild.lag(),
                current == null || current.failure() == null ? null : current.failure().toString());
    }

    public boolean isServing() {
        Generation current = live;
        return current != null && current.isAlive() && current.failure() == null;
    }

    private Generation newGeneration(Projection projection, Map<String, Long> offsets) {
        return new Generation("g" + generations.incrementAndGet(), projection, offsets, properties.topics(),
                this::newConsumer, new Generation.Listener() {
                    @Override
                    public void applied(Generation generation, int events) {
                        afterBatch(generation, events);
                    }

                    @Override
                    public void deadLetter(ConsumerRecord<String, byte[]> record, Exception problem) {
                        sendToDeadLetters(record, problem);
                    }

                    @Override
                    public void freshness(String topic, Instant eventTime) {
                        freshness.computeIfAbsent(topic, t -> Timer.builder("hatchery.consumer.freshness")
                                        .description("Age of events when they reach the projection")
                                        .tag("topic", t).publishPercentiles(0.5, 0.99).register(meters))
                                .record(Duration.between(eventTime, clock.instant()));
                    }
                });
    }

    private void afterBatch(Generation generation, int events) {
        if (generation == rebuilding) {
            generation.lock.writeLock().lock();
            try {
                generation.projection.drainTouched();
            } finally {
                generation.lock.writeLock().unlock();
            }
            if (generation.isCaughtUp()) {
                takeOver(generation);
            }
            return;
        }
        if (generation != live) {
            return;
        }
        // Catching up after a start or a rebuild, the feed reports once a second rather than every batch.
        boolean catchingUp = generation.lag() > CATCHING_UP_LAG;
        if (events > 0 || (pendingChanges && !catchingUp)) {
            if (catchingUp && clock.millis() < nextCatchUpPublication) {
                pendingChanges = true;
            } else {
                publishChanges(generation);
                pendingChanges = false;
                nextCatchUpPublication = clock.millis() + 1000;
            }
        }
        // While far behind (a first start, a replay), checkpoints come six times less often: writing the whole
        // state every few seconds would slow the catching up more than a crash could cost.
        Duration interval = catchingUp ? properties.checkpointInterval().multipliedBy(6)
                : properties.checkpointInterval();
        boolean due = Duration.between(lastCheckpoint, clock.instant()).compareTo(interval) >= 0;
        if (due && changedSinceCheckpoint(generation)) {
            checkpoint(generation);
        }
    }

    private boolean changedSinceCheckpoint(Generation generation) {
        return checkpointedEvents.getOrDefault(generation.name, -1L) != generation.appliedEvents();
    }

    /** The rebuilt generation has caught up: it serves from now on, and the old one stops. */
    private synchronized void takeOver(Generation rebuilt) {
        Generation old = live;
        live = rebuilt;
        rebuilding = null;
        old.stop();
        checkpoint(rebuilt);
        log.info("Rebuild {} caught up and serves the figures now; {} stopped", rebuilt.name, old.name);
    }

    /**
     * Captures state and positions together at a batch boundary, then writes them in the background so that
     * consumption goes on meanwhile; one checkpoint is written at a time.
     */
    private void checkpoint(Generation generation) {
        if (!checkpointing.compareAndSet(false, true)) {
            return;
        }
        long events = generation.appliedEvents();
        Captured captured = capture(generation);
        lastCheckpoint = clock.instant();
        checkpointWriter.execute(() -> {
            try {
                checkpointId = checkpoints.save(captured.snapshot(), captured.offsets());
                checkpointedEvents.put(generation.name, events);
            } catch (RuntimeException e) {
                log.warn("Checkpoint failed ({}); the next one retries", e.toString());
            } finally {
                checkpointing.set(false);
            }
        });
    }

    /** The final checkpoint at shutdown: written before the service goes. */
    private void checkpointNow(Generation generation) {
        checkpointWriter.shutdown();
        try {
            checkpointWriter.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Captured captured = capture(generation);
        checkpointId = checkpoints.save(captured.snapshot(), captured.offsets());
        lastCheckpoint = clock.instant();
    }

    /** State and positions taken together, at one batch boundary. */
    private record Captured(Snapshot snapshot, Map<String, Long> offsets) {
    }

    private static Captured capture(Generation generation) {
        generation.lock.readLock().lock();
        try {
            return new Captured(generation.projection.snapshot(), generation.offsets());
        } finally {
            generation.lock.readLock().unlock();
        }
    }

    private void publishChanges(Generation generation) {
        LocalDate today = LocalDate.now(clock);
        List<FigureChange> changes = new ArrayList<>();
        long sequence;
        generation.lock.writeLock().lock();
        try {
            Set<Cube.Touched> touched = generation.projection.drainTouched();
            Map<String, Set<Indicator>> byRegion = new HashMap<>();
            for (Cube.Touched cell : touched) {
                for (Indicator indicator : FEED.getOrDefault(cell.series(), List.of())) {
                    byRegion.computeIfAbsent(cell.region(), r -> new TreeSet<>()).add(indicator);
                }
            }
            for (Map.Entry<String, Set<Indicator>> region : byRegion.entrySet()) {
                for (Indicator indicator : region.getValue()) {
                    BigDecimal value = generation.projection.valueAt(region.getKey(), indicator, Filter.NONE, today);
                    if (value != null) {
                        changes.add(new FigureChange(region.getKey(), indicator.key(), today, value));
                    }
                }
            }
            if (changes.isEmpty()) {
                return;
            }
            sequence = generation.projection.nextSequence();
        } finally {
            generation.lock.writeLock().unlock();
        }
        FiguresChanged event = new FiguresChanged(sequence, changes, today);
        feed.publish(event);
        EventEnvelope<FiguresChanged> envelope = EventEnvelope.of(StatisticsEvents.FIGURES_CHANGED,
                "hatchery/statistics", "figures", null, sequence, "statistics", null, event, clock.instant());
        RecordHeaders headers = new RecordHeaders();
        byte[] value = new CloudEventSerializer().serialize(StatisticsEvents.FIGURES_CHANGED.topic().name(), headers,
                envelope);
        producer.send(new ProducerRecord<>(StatisticsEvents.FIGURES_CHANGED.topic().name(), null, "figures", value,
                headers), (metadata, error) -> {
                    if (error != null) {
                        log.warn("Figures change {} not published to the statistics topic: {}", sequence,
                                error.toString());
                    }
                });
    }

    private void sendToDeadLetters(ConsumerRecord<String, byte[]> record, Exception problem) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add("kafka_dlt-exception-fqcn", problem.getClass().getName().getBytes(StandardCharsets.UTF_8));
        headers.add("kafka_dlt-exception-message", String.valueOf(problem.getMessage())
                .getBytes(StandardCharsets.UTF_8));
        headers.add("kafka_dlt-original-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("kafka_dlt-original-offset", Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        String topic = DeadLetters.topicFor(record.topic(), GROUP);
        log.warn("Unreadable record {}-{}@{} sent to {}: {}", record.topic(), record.partition(), record.offset(),
                topic, problem.getMessage());
        producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers));
    }

    private void ensureDeadLetterTopics() {
        List<NewTopic> topics = properties.topics().stream()
                .map(topic -> new NewTopic(DeadLetters.topicFor(topic, GROUP), 1, (short) 1)).toList();
        while (running) {
            try (Admin admin = Admin.create(kafka.buildAdminProperties())) {
                for (NewTopic topic : topics) {
                    try {
                        admin.createTopics(List.of(topic)).all().get();
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                }
                return;
            } catch (Exception e) {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private Consumer<String, byte[]> newConsumer() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.maxPollRecords());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "statistics-projection-" + generations.get());
        config.keySet().removeIf(key -> key.startsWith("spring.deserializer"));
        config.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "statistics-feed");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return config;
    }
}
