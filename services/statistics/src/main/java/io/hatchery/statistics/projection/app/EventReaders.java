package io.hatchery.statistics.projection.app;

/** Opens a reader of the domain topics for a generation. */
public interface EventReaders {

    EventReader open(String generation, BatchSink sink);
}
