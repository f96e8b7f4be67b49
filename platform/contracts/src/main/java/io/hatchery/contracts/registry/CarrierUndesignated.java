package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/** A title was withdrawn from the carrier. */
public record CarrierUndesignated(String carrierId, Designation designation, String reason, LocalDate effectiveDate)
        implements DomainEvent {
}
