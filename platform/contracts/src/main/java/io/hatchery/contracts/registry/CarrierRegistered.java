package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A carrier entered the registry. Its effective date is the day it started operating, so that stocks of carriers
 * at past dates stay right when an old carrier is registered late.
 *
 * @param region       statistical region (county or zone); for offsite enclaves the home region
 * @param hostLocation for offsite enclaves, where it physically is; null otherwise
 */
public record CarrierRegistered(
        String carrierId,
        CarrierKind kind,
        String region,
        HostLocation hostLocation,
        CarrierProfile profile,
        LocalDate establishedOn,
        LocalDate effectiveDate) implements DomainEvent {
}
