package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/** The carrier was ordered to fix shortcomings by a deadline. */
public record CarrierRectificationOrdered(String carrierId, String reason, LocalDate deadline, LocalDate effectiveDate)
        implements DomainEvent {
}
