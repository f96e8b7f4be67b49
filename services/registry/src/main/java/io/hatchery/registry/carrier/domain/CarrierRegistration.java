package io.hatchery.registry.carrier.domain;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.HostLocation;
import java.time.LocalDate;

/** The facts needed to register a carrier, already checked for form (not yet for business rules). */
public record CarrierRegistration(
        CarrierKind kind,
        String region,
        HostLocation hostLocation,
        CarrierProfile profile,
        LocalDate establishedOn) {
}
