package io.hatchery.contracts.statistics;

import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import java.util.List;

/** Event types published by the statistics service. */
public final class StatisticsEvents {

    public static final EventType<FiguresChanged> FIGURES_CHANGED = new EventType<>(
            "hatchery.statistics.figures.changed.v1", FiguresChanged.class, Topics.STATISTICS_CHANGES);

    public static final List<EventType<?>> ALL = List.of(FIGURES_CHANGED);

    private StatisticsEvents() {
    }
}
