package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A government certified (or, for maker spaces, filed) the carrier at a level.
 *
 * @param previousLevel the level held before, null if none
 */
public record CarrierCertified(
        String carrierId,
        CarrierKind kind,
        CertificationLevel level,
        CertificationLevel previousLevel,
        String authority,
        String certificateNumber,
        LocalDate effectiveDate) implements DomainEvent {
}
