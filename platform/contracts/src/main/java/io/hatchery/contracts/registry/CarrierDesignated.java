package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/** A government conferred a title on the carrier. */
public record CarrierDesignated(String carrierId, Designation designation, String authority, LocalDate effectiveDate)
        implements DomainEvent {
}
