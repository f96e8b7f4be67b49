package io.hatchery.registry.carrier.web;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.FirmSupportService;
import io.hatchery.contracts.registry.HostLocation;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.contracts.registry.OwnershipModel;
import io.hatchery.registry.carrier.domain.CarrierRegistration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /api/registry/carriers}. Areas in m². */
public record RegisterCarrierRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull CarrierKind kind,
        @NotBlank String region,
        @Valid HostLocationRequest hostLocation,
        @NotNull @Valid OperatorRequest operator,
        @Size(max = 500) String address,
        @NotNull LocalDate establishedOn,
        @NotNull @PositiveOrZero BigDecimal totalArea,
        @NotNull @PositiveOrZero BigDecimal incubationArea,
        List<@NotBlank String> industries,
        OwnershipModel ownershipModel,
        List<@NotNull FirmSupportService> services) {

    public CarrierRegistration toRegistration() {
        return new CarrierRegistration(kind, region,
                hostLocation == null ? null : new HostLocation(hostLocation.regionCode(), hostLocation.place(),
                        hostLocation.abroad()),
                new CarrierProfile(name, new Operator(operator.name(), operator.uscc()), address, totalArea,
                        incubationArea, industries, ownershipModel, services),
                establishedOn);
    }

    /** The legal entity running the carrier. */
    public record OperatorRequest(@NotBlank @Size(max = 200) String name, @NotBlank String uscc) {
    }

    /** Where an offsite enclave physically is. */
    public record HostLocationRequest(String regionCode, @NotBlank String place, boolean abroad) {
    }
}
