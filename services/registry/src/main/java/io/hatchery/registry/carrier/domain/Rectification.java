package io.hatchery.registry.carrier.domain;

import java.time.LocalDate;

/** An order to fix shortcomings by a deadline. */
public record Rectification(String reason, LocalDate orderedOn, LocalDate deadline) {
}
