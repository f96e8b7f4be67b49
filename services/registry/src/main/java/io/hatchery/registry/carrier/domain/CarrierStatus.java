package io.hatchery.registry.carrier.domain;

/** Where a carrier stands in its lifecycle. */
public enum CarrierStatus {
    ACTIVE,
    UNDER_RECTIFICATION,
    DELISTED
}
