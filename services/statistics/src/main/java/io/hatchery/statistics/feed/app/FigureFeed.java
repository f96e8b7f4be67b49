package io.hatchery.statistics.feed.app;

import io.hatchery.contracts.statistics.FiguresChanged;

/** Where changed figures go: the live SSE streams and the statistics topic for other departments. */
public interface FigureFeed {

    void publish(FiguresChanged changes);
}
