package io.hatchery.registry.carrier.web;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.FirmSupportService;
import io.hatchery.contracts.registry.HostLocation;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.contracts.registry.OwnershipModel;
import io.hatchery.persistence.Aggregate;
import io.hatchery.registry.carrier.domain.Carrier;
import io.hatchery.registry.carrier.domain.CarrierStatus;
import io.hatchery.registry.carrier.domain.DesignationGrant;
import io.hatchery.registry.carrier.domain.LevelChange;
import io.hatchery.registry.carrier.domain.Rectification;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A carrier as the API shows it; {@code version} is also the ETag for {@code If-Match}. */
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
        List<FirmSupportService> services,
        CertificationLevel level,
        CarrierStatus status,
        List<LevelChange> certificationHistory,
        List<DesignationGrant> designations,
        Rectification rectification,
        Instant createdAt,
        Instant updatedAt) {

    static CarrierView of(Aggregate<Carrier> aggregate) {
        Carrier carrier = aggregate.state();
        return new CarrierView(aggregate.id(), aggregate.version(), carrier.profile().name(), carrier.kind(),
                carrier.region(), carrier.hostLocation(), carrier.profile().operator(), carrier.profile().address(),
                carrier.establishedOn(), carrier.profile().totalArea(), carrier.profile().incubationArea(),
                carrier.profile().industries(), carrier.profile().ownershipModel(), carrier.profile().services(),
                carrier.level(), carrier.status(), carrier.levelHistory(), carrier.designations(),
                carrier.rectification(), aggregate.createdAt(), aggregate.updatedAt());
    }
}
