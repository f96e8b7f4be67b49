package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A platform closed or lost its recognition.
 */
public record PlatformClosed(
        String platformId,
        String region,
        LocalDate effectiveDate) implements DomainEvent {
}
