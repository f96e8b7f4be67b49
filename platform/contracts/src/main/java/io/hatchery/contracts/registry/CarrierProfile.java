package io.hatchery.contracts.registry;

import java.math.BigDecimal;
import java.util.List;

/**
 * The descriptive part of a carrier that its operator may change over time.
 *
 * @param totalArea      total floor area in m²
 * @param incubationArea area directly used for incubation in m²
 */
public record CarrierProfile(
        String name,
        Operator operator,
        String address,
        BigDecimal totalArea,
        BigDecimal incubationArea,
        List<String> industries,
        OwnershipModel ownershipModel,
        List<FirmSupportService> services) {

    public CarrierProfile {
        industries = industries == null ? List.of() : List.copyOf(industries);
        services = services == null ? List.of() : List.copyOf(services);
    }
}
