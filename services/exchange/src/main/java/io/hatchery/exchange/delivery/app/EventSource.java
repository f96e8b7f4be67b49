package io.hatchery.exchange.delivery.app;

import io.hatchery.contracts.EventEnvelope;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Reads the platform's topics for one subscription, from a position, in partition order. */
public interface EventSource extends AutoCloseable {

    /**
     * One record of an event type of the catalogue: its CloudEvents attributes, read from the headers (enough to
     * select it), and the event itself, decoded only when asked for (most records go to no subscription).
     */
    record Read(Map<String, String> attributes, Supplier<EventEnvelope<?>> event, String topic, int partition,
            long offset) {

        public String type() {
            return attributes.get("type");
        }

        public String region() {
            return attributes.get("region");
        }
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
