package io.hatchery.statistics.projection.domain;

import java.time.LocalDate;

/** A policy loan to a firm, in RMB yuan. */
public record LoanFacts(String id, String firmId, LocalDate date, long amount) {
}
