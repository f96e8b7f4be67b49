package io.hatchery.statistics.feed.events;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.kafka.CloudEventSerializer;
import io.hatchery.contracts.statistics.FigureChange;
import io.hatchery.contracts.statistics.FiguresChanged;
import io.hatchery.contracts.statistics.StatisticsEvents;
import io.hatchery.messaging.outbox.OutboxLease;
import io.hatchery.statistics.StatisticsReplica;
import io.hatchery.statistics.feed.app.FigureFeed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes each batch's changed figures to {@code hatchery.statistics.changes}, for other departments. Every
 * replica computes the same changes, so only the holder of a lease publishes them: one copy of each change, and
 * when the holder stops, another replica takes over within the lease's time. Sends are acknowledged by all
 * in-sync replicas of the topic; what was acknowledged and what failed is counted, in metrics and in health.
 *
 * <p>A replica that is not the publisher keeps the latest value of each figure it saw change (one entry per
 * figure, so bounded by the province, not by time). When it takes over, its first publication carries those too:
 * a change the previous holder computed but had not published when it stopped is not lost. A receiver may so get
 * a value it already has; values are absolute, so applying one again changes nothing.
 */
@Component
public class ChangesTopicFeed implements FigureFeed, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangesTopicFeed.class);
    private static final String SOURCE = "hatchery/statistics";
    private static final String SUBJECT = "figures";
    private static final String LEASE = "statistics-changes-feed";
    /** Changes per message when a takeover publishes what it kept, below Kafka's default 1 MB per message. */
    static final int MAX_CHANGES_PER_MESSAGE = 2_000;

    /** What the feed has done, for health. */
    public record Status(boolean publisher, long acknowledged, long failed, long consecutiveFailures,
            Instant lastFailure, String lastError) {
    }

    private final Producer<String, byte[]> producer;
    private final CloudEventSerializer serializer = new CloudEventSerializer();
    private final OutboxLease lease;
    private final Clock clock;
    private final Counter acknowledged;
    private final Counter failed;
    private final AtomicLong acknowledgedCount = new AtomicLong();
    private final AtomicLong failedCount = new AtomicLong();
    private final AtomicLong consecutiveFailures = new AtomicLong();
    private final AtomicReference<Instant> lastFailure = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    /**
     * While another replica publishes: the latest change of each figure that changed here, one per region and
     * indicator (the newest date's), so the map is bounded by the province however long the replica waits.
     */
    private final Map<FigureKey, FigureChange> unpublished = new LinkedHashMap<>();

    private record FigureKey(String region, String indicator) {

        static FigureKey of(FigureChange change) {
            return new FigureKey(change.region(), change.indicator());
        }
    }

    @Autowired
    public ChangesTopicFeed(KafkaProperties kafka, MongoTemplate mongo, MeterRegistry meters, Clock clock,
            StatisticsReplica replica, @Value("${hatchery.messaging.relay.lease-ttl:15s}") Duration leaseTtl) {
        this(kafka, mongo, meters, clock, replica.name(), leaseTtl);
    }

    /** @param replica the name of this replica, which its lease is held in */
    public ChangesTopicFeed(KafkaProperties kafka, MongoTemplate mongo, MeterRegistry meters, Clock clock,
            String replica, Duration leaseTtl) {
        this(new KafkaProducer<>(producerConfig(kafka), new StringSerializer(), new ByteArraySerializer()),
                new OutboxLease(mongo, LEASE, replica + "-" + UUID.randomUUID().toString().substring(0, 8), leaseTtl,
                        clock), meters, clock);
    }

    ChangesTopicFeed(Producer<String, byte[]> producer, OutboxLease lease, MeterRegistry meters, Clock clock) {
        this.producer = producer;
        this.lease = lease;
        this.clock = clock;
        this.acknowledged = Counter.builder("hatchery.statistics.changes.published").tag("outcome", "acknowledged")
                .description("figure changes the changes topic acknowledged").register(meters);
        this.failed = Counter.builder("hatchery.statistics.changes.published").tag("outcome", "failed")
                .description("figure changes that could not be published to the changes topic").register(meters);
    }

    @Override
    public synchronized void publish(FiguresChanged changes) {
        long sequence = changes.sequence();
        boolean publisher;
        try {
            publisher = lease.holdOrAcquire();
        } catch (RuntimeException unknown) {
            // without Mongo this replica cannot know whether it is the publisher: it publishes nothing now and
            // keeps the changes, in case it turns out to be the one that must publish them
            keep(changes);
            failed(sequence, unknown);
            return;
        }
        if (!publisher) {
            keep(changes);
            return;
        }
        if (unpublished.isEmpty()) {
            send(changes);
            return;
        }
        keep(changes);
        List<FigureChange> all = List.copyOf(unpublished.values());
        unpublished.clear();
        log.info("Publishing the statistics changes topic from this replica on; first the latest value of the {} "
                + "figures that changed since it last published", all.size());
        for (int from = 0; from < all.size(); from += MAX_CHANGES_PER_MESSAGE) {
            send(new FiguresChanged(sequence, all.subList(from, Math.min(all.size(), from + MAX_CHANGES_PER_MESSAGE)),
                    changes.effectiveDate()));
        }
    }

    private void keep(FiguresChanged changes) {
        for (FigureChange change : changes.changes()) {
            FigureKey key = FigureKey.of(change);
            FigureChange kept = unpublished.remove(key);
            unpublished.put(key, kept != null && kept.at().isAfter(change.at()) ? kept : change);
        }
    }

    private void send(FiguresChanged changes) {
        long sequence = changes.sequence();
        String topic = StatisticsEvents.FIGURES_CHANGED.topic().name();
        EventEnvelope<FiguresChanged> envelope = EventEnvelope.of(StatisticsEvents.FIGURES_CHANGED, SOURCE, SUBJECT,
                null, sequence, "statistics", null, changes, clock.instant());
        RecordHeaders headers = new RecordHeaders();
        byte[] value = serializer.serialize(topic, headers, envelope);
        try {
            producer.send(new ProducerRecord<>(topic, null, SUBJECT, value, headers), (metadata, error) -> {
                if (error == null) {
                    acknowledged();
                } else {
                    failed(sequence, error);
                }
            });
        } catch (RuntimeException error) {
            failed(sequence, error);
        }
    }

    private void acknowledged() {
        acknowledged.increment();
        acknowledgedCount.incrementAndGet();
        consecutiveFailures.set(0);
    }

    private void failed(long sequence, Exception error) {
        failed.increment();
        failedCount.incrementAndGet();
        consecutiveFailures.incrementAndGet();
        lastFailure.set(clock.instant());
        lastError.set(error.toString());
        log.warn("Figures change {} not published to the statistics topic: {}", sequence, error.toString());
    }

    public Status status() {
        return new Status(lease.isHeld(), acknowledgedCount.get(), failedCount.get(), consecutiveFailures.get(),
                lastFailure.get(), lastError.get());
    }

    @Override
    public void destroy() {
        producer.close(Duration.ofSeconds(5));
        lease.release();
    }

    private static Map<String, Object> producerConfig(KafkaProperties kafka) {
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
