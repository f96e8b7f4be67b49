package io.hatchery.registry.carrier.web;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierService;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.HostLocation;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.contracts.registry.OwnershipModel;
import io.hatchery.persistence.Aggregate;
import io.hatchery.registry.carrier.domain.Carrier;
import io.hatchery.registry.carrier.domain.CarrierStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A carrier as the API shows it. */
public record CarrierView(
        String id,
        long version,
        String name,
        CarrierKind kind,
        String region,
        HostLocation hostLocation,
        Operator operator,
        String address,
        LocalDate establishedOn,
        BigDecimal totalArea,
        BigDecimal incubationArea,
        List<String> industries,
        OwnershipModel ownershipModel,
        List<CarrierService> services,
        CertificationLevel level,
        CarrierStatus status,
        Instant createdAt,
        Instant updatedAt) {

    static CarrierView of(Aggregate<Carrier> aggregate) {
        Carrier carrier = aggregate.state();
        return new CarrierView(aggregate.id(), aggregate.version(), carrier.profile().name(), carrier.kind(),
                carrier.region(), carrier.hostLocation(), carrier.profile().operator(), carrier.profile().address(),
                carrier.establishedOn(), carrier.profile().totalArea(), carrier.profile().incubationArea(),
                carrier.profile().industries(), carrier.profile().ownershipModel(), carrier.profile().services(),
                carrier.level(), carrier.status(), aggregate.createdAt(), aggregate.updatedAt());
    }
}
