package io.hatchery.contracts.registry;

import java.math.BigDecimal;
import java.util.List;

/**
 * The descriptive part of a carrier that its operator may change over time.
 *
 * @param totalArea      total floor area in m², at most {@link #MAX_AREA}
 * @param incubationArea area directly used for incubation in m², at most {@link #MAX_AREA}
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

    /**
     * The largest area a carrier can have, in m² (1 000 km², more than any science park): what commands accept, the
     * schemas declare, and the statistics sum without overflow.
     */
    public static final long MAX_AREA = 1_000_000_000L;

    public CarrierProfile {
        industries = industries == null ? List.of() : List.copyOf(industries);
        services = services == null ? List.of() : List.copyOf(services);
    }
}
