package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/** A firm's status ended (expired or withdrawn) on the effective date. */
public record FirmQualificationLapsed(
        String firmId,
        Qualification qualification,
        String certificateNumber,
        LocalDate effectiveDate) implements DomainEvent {
}
