package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/** The carrier's profile as it is from the effective date on (the whole profile, not a diff). */
public record CarrierProfileChanged(String carrierId, CarrierProfile profile, LocalDate effectiveDate)
        implements DomainEvent {
}
