package io.hatchery.statistics.query.web;

import java.time.LocalDate;

/** One figure: the value of an indicator in a region at a date. */
public record IndicatorValue(String region, String indicator, LocalDate at, long value) {
}
