package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/** A firm started incubation in a carrier on the effective date. */
public record FirmAdmitted(String firmId, String carrierId, String carrierRegion, LocalDate effectiveDate)
        implements DomainEvent {
}
