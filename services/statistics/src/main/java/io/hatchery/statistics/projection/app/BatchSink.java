package io.hatchery.statistics.projection.app;

import org.apache.kafka.common.TopicPartition;

/** Where an {@link EventReader} delivers: one generation of the projection. */
public interface BatchSink {

    /** Queues a batch, waiting while the projection is behind; returns at once when the sink has stopped. */
    void handOver(DecodedBatch batch) throws InterruptedException;

    /** The next offset of a partition after what has been applied (or checkpointed), 0 if nothing has. */
    long appliedPosition(TopicPartition partition);

    /** The reader stopped for good. */
    void readerFailed(Throwable cause);
}
