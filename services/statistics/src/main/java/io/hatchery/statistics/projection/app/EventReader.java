package io.hatchery.statistics.projection.app;

/** Reads the domain topics for one generation on a thread of its own, from the generation's applied positions. */
public interface EventReader {

    void start();

    /** Stops reading and waits for the reading thread to end. */
    void stop();

    boolean isAlive();

    /** Events on the topics not applied yet, -1 before the first look at the topics' ends. */
    long lag();

    /** The reader has once found nothing left to apply. */
    boolean isCaughtUp();
}
