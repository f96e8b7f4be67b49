package io.hatchery.contracts.registry;

/** Titles a government confers on a carrier besides its certification level. */
public enum Designation {
    DEMONSTRATION,
    BENCHMARK,
    SPECIALISED,
    INTERNATIONAL,
    MAKER_BASE,
    FINANCE_STATION
}
