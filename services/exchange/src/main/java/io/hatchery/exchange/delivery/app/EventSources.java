package io.hatchery.exchange.delivery.app;

import java.time.Instant;
import java.util.Set;

/** Opens readers of the platform's topics. */
public interface EventSources {

    /**
     * A reader of the topics: each partition from the position where it names it, else from the first event
     * published at or after {@code from} (none yet: from the partition's end).
     */
    EventSource open(String client, Set<String> topics, Position position, Instant from);
}
