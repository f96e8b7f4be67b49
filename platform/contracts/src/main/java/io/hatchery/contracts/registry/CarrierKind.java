package io.hatchery.contracts.registry;

/** The kinds of incubation carrier. */
public enum CarrierKind {
    NURSERY,
    MAKER_SPACE,
    INCUBATOR,
    ACCELERATOR,
    SCIENCE_PARK,
    OFFSITE_ENCLAVE
}
