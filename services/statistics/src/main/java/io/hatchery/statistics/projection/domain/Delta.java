package io.hatchery.statistics.projection.domain;

import java.time.LocalDate;

/** One flow an entity contributes: {@code amount} in {@code series} of a statistical region on a date. */
public record Delta(Series series, Dims dims, String region, LocalDate date, long amount) {
}
