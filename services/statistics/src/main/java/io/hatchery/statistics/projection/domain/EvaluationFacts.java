package io.hatchery.statistics.projection.domain;

import java.time.LocalDate;

/** A completed evaluation of a carrier, counted where the carrier is. */
public record EvaluationFacts(String id, String carrierId, String rating, LocalDate date) {
}
