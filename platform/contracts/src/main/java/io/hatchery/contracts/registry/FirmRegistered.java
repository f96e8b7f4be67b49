package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A firm entered the registry, identified by its USCC.
 *
 * @param region division code of where the firm is registered
 */
public record FirmRegistered(
        String firmId,
        String uscc,
        String name,
        LocalDate foundedOn,
        String industry,
        String region,
        LocalDate effectiveDate) implements DomainEvent {
}
