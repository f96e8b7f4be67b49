package io.hatchery.registry.carrier.domain;

import io.hatchery.contracts.registry.Designation;
import java.time.LocalDate;

/** A title a government conferred on the carrier, held since {@code since}. */
public record DesignationGrant(Designation designation, String authority, LocalDate since) {
}
