package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.evaluation.CarrierService;
import java.time.LocalDate;

/** A time a carrier offers a service, from {@code from} until {@code until} (excluded; null: still). */
record ServiceSpan(CarrierService service, LocalDate from, LocalDate until) {
}
