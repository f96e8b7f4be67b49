package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A talent or innovation platform was established at a carrier or a firm.
 */
public record PlatformEstablished(
        String platformId,
        String name,
        PlatformKind kind,
        RecognitionLevel level,
        String carrierId,
        String firmId,
        String region,
        LocalDate effectiveDate) implements DomainEvent {
}
