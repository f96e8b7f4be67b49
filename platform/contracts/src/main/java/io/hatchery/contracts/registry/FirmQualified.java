package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A firm obtained a status.
 *
 * @param year              for tech-SME registrations, the year the registration is valid for; else null
 * @param certificateNumber tech-SME registration number or high-tech certificate number
 * @param validUntil        last day of validity
 */
public record FirmQualified(
        String firmId,
        Qualification qualification,
        Integer year,
        String certificateNumber,
        LocalDate validUntil,
        LocalDate effectiveDate) implements DomainEvent {
}
