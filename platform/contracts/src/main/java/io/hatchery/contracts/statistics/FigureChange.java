package io.hatchery.contracts.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A figure's new value: an indicator of a region (without filters) on a date. */
public record FigureChange(String region, String indicator, LocalDate at, BigDecimal value) {
}
