package io.hatchery.contracts.registry;

/** Who built and who runs a carrier. */
public enum OwnershipModel {
    GOVERNMENT_LED,
    PRIVATE,
    MIXED,
    LEADING_ENTERPRISE,
    UNIVERSITY_INSTITUTE,
    VC_LED,
    PROFESSIONALLY_MANAGED
}
