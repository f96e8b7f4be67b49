package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/** The carrier's recognition was revoked; it no longer counts as a carrier from the effective date on. */
public record CarrierDelisted(String carrierId, CertificationLevel lastLevel, String reason, LocalDate effectiveDate)
        implements DomainEvent {
}
