package io.hatchery.statistics.projection.domain;

/** What an indicator is: a stock at a date, a sum of what happened in a window, or a share at a date. */
public enum Measure {
    STOCK,
    NEW,
    RATIO
}
