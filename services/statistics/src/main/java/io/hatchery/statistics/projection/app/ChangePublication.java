package io.hatchery.statistics.projection.app;

import io.hatchery.statistics.feed.app.FigureFeed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the figures each batch changed to every feed (the live streams, the statistics topic). Catching up after a
 * start or a rebuild, it reports once a second rather than every batch. Called from the serving generation's
 * applier thread only.
 */
@Component
class ChangePublication {

    private final List<FigureFeed> feeds;
    private final Clock clock;
    private boolean pendingChanges;
    private static final Logger log = LoggerFactory.getLogger(ChangePublication.class);

    private long nextCatchUpPublication;

    ChangePublication(List<FigureFeed> feeds, Clock clock) {
        this.feeds = List.copyOf(feeds);
        this.clock = clock;
    }

    void afterBatch(Generation generation, int events, boolean catchingUp) {
        if (events == 0 && !(pendingChanges && !catchingUp)) {
            return;
        }
        if (catchingUp && clock.millis() < nextCatchUpPublication) {
            pendingChanges = true;
            return;
        }
        generation.takeChanges(LocalDate.now(clock)).ifPresent(changes -> feeds.forEach(feed -> {
            try {
                feed.publish(changes);
            } catch (RuntimeException failed) {
                // a feed that cannot deliver (its broker or store unreachable) must not stop the figures
                log.warn("Figure feed {} did not take change {}: {}", feed.getClass().getSimpleName(),
                        changes.sequence(), failed.toString());
            }
        }));
        pendingChanges = false;
        nextCatchUpPublication = clock.millis() + 1000;
    }
}
