package io.hatchery.registry.carrier.domain;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.HostLocation;
import java.time.LocalDate;

/**
 * A carrier's current state.
 *
 * @param region statistical region: a county or zone; the home region for offsite enclaves
 * @param level  current certification level, null when not certified
 */
public record Carrier(
        String id,
        CarrierKind kind,
        String region,
        HostLocation hostLocation,
        CarrierProfile profile,
        LocalDate establishedOn,
        CertificationLevel level,
        CarrierStatus status) {
}
