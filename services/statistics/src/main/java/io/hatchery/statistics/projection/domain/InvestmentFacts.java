package io.hatchery.statistics.projection.domain;

import java.time.LocalDate;

/** An investment into a firm, in RMB yuan. */
public record InvestmentFacts(String id, String firmId, LocalDate date, long amount) {
}
