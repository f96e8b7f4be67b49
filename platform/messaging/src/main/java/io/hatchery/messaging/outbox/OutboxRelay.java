package io.hatchery.messaging.outbox;

import io.hatchery.contracts.CloudEventAttributes;
import io.hatchery.contracts.kafka.CloudEventSerializer;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.persistence.OutboxEntry;
import io.hatchery.persistence.OutboxSignal;
import io.hatchery.persistence.OutboxStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Publishes the events waiting in aggregate documents to Kafka, then takes them out of the documents.
 *
 * <p>It learns of new events three ways: in-process signals from the stores (immediate), Mongo change streams
 * (writes by other instances, where the server offers them), and a periodic sweep (anything else, e.g. events left
 * by a crash). Only the holder of the service's {@link OutboxLease} publishes. One aggregate's events are sent in
 * version order by one idempotent producer ({@code acks=all}), so they reach their partition in order. An entry is
 * removed only after Kafka acknowledged it; a crash in between publishes it again, and consumers skip versions
 * they have applied.
 */
public class OutboxRelay implements SmartLifecycle, OutboxSignal {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private record Pending(String collection, String aggregateId) {
    }

    private final String source;
    private final MongoTemplate mongo;
    private final Map<String, OutboxStore> stores = new ConcurrentHashMap<>();
    private final boolean changeStreams;
    private final OutboxLease lease;
    private final Supplier<Producer<String, byte[]>> producerFactory;
    private final Duration sweepInterval;
    private final int batchSize;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Set<Pending> queue = new LinkedHashSet<>();
    private final Timer publishLatency;
    private final Counter published;
    private final AtomicLong backlog = new AtomicLong();
    private final List<ChangeStreamWatcher> watchers = new ArrayList<>();

    private volatile boolean running;
    private volatile boolean leader;
    private Thread worker;
    private Producer<String, byte[]> producer;
    private volatile Instant nextSweep = Instant.EPOCH;
    private Duration backoff = Duration.ZERO;
    private volatile Runnable afterSendHook = () -> { };

    /**
     * @param source        CloudEvents source of the published events, {@code hatchery/<service>}
     * @param changeStreams whether to watch the collections where the server offers change streams
     */
    public OutboxRelay(String source, MongoTemplate mongo, boolean changeStreams, OutboxLease lease,
            Supplier<Producer<String, byte[]>> producerFactory, Duration sweepInterval, int batchSize,
            MeterRegistry meters, Clock clock) {
        this.source = source;
        this.mongo = mongo;
        this.changeStreams = changeStreams;
        this.lease = lease;
        this.producerFactory = producerFactory;
        this.sweepInterval = sweepInterval;
        this.batchSize = batchSize;
        this.clock = clock;
        this.publishLatency = Timer.builder("hatchery.outbox.publish.latency")
                .description("Time from an event's recording to Kafka acknowledging it")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        this.published = Counter.builder("hatchery.outbox.published")
                .description("Events published from the outbox").register(meters);
        Gauge.builder("hatchery.outbox.backlog", backlog, AtomicLong::get)
                .description("Aggregates with unpublished events, as last seen by the relay").register(meters);
        Gauge.builder("hatchery.outbox.leader", this, relay -> relay.leader ? 1 : 0)
                .description("1 when this instance holds the relay lease").register(meters);
    }

    @Override
    public void eventsPending(String collection, String aggregateId) {
        lock.lock();
        try {
            queue.add(new Pending(collection, aggregateId));
            backlog.set(queue.size());
            wake.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Looks through every registered outbox at once, for writes known to have happened but not where. */
    void sweepSoon() {
        lock.lock();
        try {
            nextSweep = Instant.EPOCH;
            wake.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Publishes the outbox of an aggregate store from now on; call before the relay starts. */
    public void register(AggregateStore<?> store) {
        stores.put(store.collection(), new OutboxStore(mongo, store.collection()));
        store.onEventsPending(this);
    }

    /** For fault-injection tests: runs after the events of a round were acknowledged, before they are removed. */
    void afterSendForTesting(Runnable hook) {
        this.afterSendHook = hook;
    }

    public boolean isLeader() {
        return leader;
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
        if (changeStreams) {
            for (String collection : stores.keySet()) {
                ChangeStreamWatcher watcher = new ChangeStreamWatcher(mongo, collection, this, this::sweepSoon);
                watchers.add(watcher);
                Thread thread = new Thread(watcher, "outbox-watch-" + collection);
                thread.setDaemon(true);
                thread.start();
            }
        }
        log.info("Outbox relay of {} started for collections {}", source, stores.keySet());
    }

    @Override
    public void stop() {
        running = false;
        watchers.forEach(ChangeStreamWatcher::stop);
        if (worker != null) {
            // Wake the worker rather than interrupt it: a batch that Kafka is acknowledging is finished and marked
            // published, or the next leader would publish it a second time. Only a worker that does not finish in
            // time is interrupted.
            sweepSoon();
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
                if (worker.isAlive()) {
                    worker.interrupt();
                    worker.join(TimeUnit.SECONDS.toMillis(2));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
        try {
            lease.release();
        } catch (RuntimeException e) {
            log.debug("could not release the relay lease", e);
        }
        leader = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops late and starts early, so that commands accepted during shutdown still get published. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void run() {
        while (running) {
            List<Pending> batch = List.of();
            try {
                pauseForBackoff();
                if (!lease.holdOrAcquire()) {
                    if (leader) {
                        log.info("Relay lease of {} is held by another instance; standing by", source);
                    }
                    leader = false;
                    awaitWake(lease.isHeld() ? sweepInterval : sweepInterval.dividedBy(2));
                    continue;
                }
                if (!leader) {
                    log.info("This instance ({}) now publishes the outbox of {}", lease.owner(), source);
                    leader = true;
                    nextSweep = Instant.EPOCH;
                }
                batch = takeBatch();
                if (batch.isEmpty()) {
                    awaitWake(sweepInterval);
                    continue;
                }
                publish(batch);
                backoff = Duration.ZERO;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                requeue(batch);
                backoff = backoff.isZero() ? Duration.ofMillis(250) : min(backoff.multipliedBy(2), MAX_BACKOFF);
                log.warn("Publishing outbox events failed ({}); retrying in {} ms", e.toString(), backoff.toMillis());
                closeProducer();
            }
        }
    }

    private List<Pending> takeBatch() {
        Instant now = clock.instant();
        if (!now.isBefore(nextSweep)) {
            nextSweep = now.plus(sweepInterval);
            int found = 0;
            for (OutboxStore store : stores.values()) {
                for (String id : store.aggregatesWithPendingEvents(batchSize * 10)) {
                    eventsPending(store.collection(), id);
                    found++;
                }
            }
            backlog.set(found);
        }
        lock.lock();
        try {
            List<Pending> batch = new ArrayList<>(Math.min(batchSize, queue.size()));
            Iterator<Pending> iterator = queue.iterator();
            while (iterator.hasNext() && batch.size() < batchSize) {
                batch.add(iterator.next());
                iterator.remove();
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    private void publish(List<Pending> batch) throws InterruptedException {
        if (producer == null) {
            producer = producerFactory.get();
        }
        Map<Pending, List<OutboxEntry>> entries = new LinkedHashMap<>();
        Map<Pending, List<Future<RecordMetadata>>> acks = new LinkedHashMap<>();
        for (Map.Entry<String, List<Pending>> inCollection : byCollection(batch).entrySet()) {
            OutboxStore store = stores.get(inCollection.getKey());
            Map<String, List<OutboxEntry>> pending = store == null ? Map.of()
                    : store.pendingEvents(inCollection.getValue().stream().map(Pending::aggregateId).toList());
            for (Pending aggregate : inCollection.getValue()) {
                List<OutboxEntry> events = pending.getOrDefault(aggregate.aggregateId(), List.of());
                if (events.isEmpty()) {
                    continue;
                }
                entries.put(aggregate, events);
                List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
                for (OutboxEntry event : events) {
                    sent.add(producer.send(toRecord(event)));
                }
                acks.put(aggregate, sent);
            }
        }
        for (Map.Entry<Pending, List<Future<RecordMetadata>>> sent : acks.entrySet()) {
            for (Future<RecordMetadata> ack : sent.getValue()) {
                try {
                    ack.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("Kafka did not acknowledge events of " + sent.getKey(), e);
                }
            }
        }
        afterSendHook.run();
        Instant now = clock.instant();
        Map<String, Map<String, List<UUID>>> publishedByCollection = new LinkedHashMap<>();
        entries.forEach((aggregate, events) -> publishedByCollection.computeIfAbsent(aggregate.collection(),
                c -> new LinkedHashMap<>()).put(aggregate.aggregateId(), events.stream().map(OutboxEntry::eventId)
                .toList()));
        publishedByCollection.forEach((collection, ids) -> stores.get(collection).markPublished(ids));
        for (List<OutboxEntry> events : entries.values()) {
            for (OutboxEntry event : events) {
                publishLatency.record(Duration.between(event.time(), now));
            }
            published.increment(events.size());
        }
    }

    /** A batch grouped by collection, each aggregate once, in the order they were queued. */
    private static Map<String, List<Pending>> byCollection(List<Pending> batch) {
        Map<String, List<Pending>> grouped = new LinkedHashMap<>();
        for (Pending pending : new LinkedHashSet<>(batch)) {
            grouped.computeIfAbsent(pending.collection(), c -> new ArrayList<>()).add(pending);
        }
        return grouped;
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxEntry event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.subject(),
                event.data().getBytes(StandardCharsets.UTF_8));
        CloudEventSerializer.writeHeaders(record.headers(), CloudEventAttributes.toHeaders(event.eventId(), source,
                event.type(), event.subject(), event.time(), event.dataschema(), event.region(),
                event.aggregateVersion(), event.actor(), event.traceparent()));
        return record;
    }

    private void requeue(List<Pending> batch) {
        batch.forEach(pending -> eventsPending(pending.collection(), pending.aggregateId()));
    }

    private void awaitWake(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            if (queue.isEmpty()) {
                wake.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    private void pauseForBackoff() throws InterruptedException {
        if (!backoff.isZero()) {
            Thread.sleep(backoff.toMillis());
        }
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                log.debug("closing the relay producer failed", e);
            }
            producer = null;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
