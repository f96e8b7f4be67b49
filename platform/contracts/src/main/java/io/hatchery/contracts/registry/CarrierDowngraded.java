package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * The carrier's level was lowered, usually as the outcome of an evaluation.
 *
 * @param toLevel the new level, null when the carrier keeps no certification
 */
public record CarrierDowngraded(
        String carrierId,
        CertificationLevel fromLevel,
        CertificationLevel toLevel,
        String reason,
        LocalDate effectiveDate) implements DomainEvent {
}
