package io.hatchery.exchange.delivery.app;

import io.hatchery.contracts.EventEnvelope;
import java.util.List;

/** Reads the platform's topics for one subscription, from a position, in partition order. */
public interface EventSource extends AutoCloseable {

    /** One event with the position after it. */
    record Read(EventEnvelope<?> event, String topic, int partition, long offset) {
    }

    /** The next events (possibly none), in each partition's order. */
    List<Read> poll(long timeoutMs);

    /** Where the reader stands now: the next offset of every assigned partition. */
    Position position();

    /** Events not yet read, up to the topics' ends. */
    long lag();

    /** Events after a position, up to the topics' ends. */
    long lag(Position from);

    @Override
    void close();
}
