package io.hatchery.persistence;

/** Told after a write that put events into an aggregate's outbox, so a relay in this process can publish at once. */
@FunctionalInterface
public interface OutboxSignal {

    OutboxSignal NONE = (collection, aggregateId) -> { };

    void eventsPending(String collection, String aggregateId);
}
