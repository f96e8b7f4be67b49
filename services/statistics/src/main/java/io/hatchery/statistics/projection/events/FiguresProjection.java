package io.hatchery.statistics.projection.events;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.UnknownEvent;
import io.hatchery.contracts.region.Region;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.messaging.consumer.AppliedVersions;
import io.hatchery.statistics.projection.domain.Figures;
import io.hatchery.statistics.projection.domain.Indicator;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Feeds the domain events into the in-memory figures. Each event is applied at most once per aggregate version, so
 * redeliveries and re-published events change nothing. The figures live in memory and are rebuilt from the
 * beginning of the topics at every start (durable checkpoints come with the full statistics service).
 */
@Component
public class FiguresProjection implements ConsumerSeekAware {

    private final Figures figures;
    private final AppliedVersions applied = new AppliedVersions();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public FiguresProjection(RegionCatalog regions) {
        this.figures = new Figures(code -> regions.selfAndAncestors(code).stream().map(Region::code).toList());
    }

    @KafkaListener(topics = "hatchery.registry.carriers")
    public void on(EventEnvelope<?> event) {
        if (event.data() instanceof UnknownEvent) {
            return;
        }
        lock.writeLock().lock();
        try {
            if (applied.advance(event.subject(), event.aggregateVersion())) {
                figures.apply(event.subject(), event.data());
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public long stockAt(String region, Indicator indicator, LocalDate date) {
        lock.readLock().lock();
        try {
            return figures.stockAt(region, indicator, date);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        callback.seekToBeginning(assignments.keySet());
    }
}
