package io.hatchery.statistics.projection.domain;

import java.time.LocalDate;

/** An investing institution, counted where it is registered from its registration on, by its kind. */
public record InvestorFacts(String id, String region, String kind, LocalDate registeredOn) {
}
