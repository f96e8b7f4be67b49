package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.registry.CarrierKind;
import java.util.List;

/**
 * The stages of the incubation chain the plans name — Yancheng's maker space → incubator → accelerator →
 * industrial park, Yiyuan's nursery → incubator → accelerator → science park — and the carrier kinds of each.
 */
public enum ChainStage {
    PRE_INCUBATION(List.of(CarrierKind.NURSERY, CarrierKind.MAKER_SPACE)),
    INCUBATION(List.of(CarrierKind.INCUBATOR, CarrierKind.OFFSITE_ENCLAVE)),
    ACCELERATION(List.of(CarrierKind.ACCELERATOR)),
    PARK(List.of(CarrierKind.SCIENCE_PARK));

    private final List<CarrierKind> kinds;

    ChainStage(List<CarrierKind> kinds) {
        this.kinds = kinds;
    }

    public List<CarrierKind> kinds() {
        return kinds;
    }

    public static ChainStage of(CarrierKind kind) {
        for (ChainStage stage : values()) {
            if (stage.kinds.contains(kind)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("no chain stage for " + kind);
    }

    /** Where a region keeps its graduates: its accelerators and parks. */
    public boolean keepsGraduates() {
        return this == ACCELERATION || this == PARK;
    }
}
