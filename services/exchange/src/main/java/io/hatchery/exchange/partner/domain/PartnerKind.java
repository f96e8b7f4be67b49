package io.hatchery.exchange.partner.domain;

/** Who the partner is. */
public enum PartnerKind {
    /** A government department: market regulation, tax, statistics, the high-tech enterprise office… */
    DEPARTMENT,
    /** A neighbouring platform, e.g. another province's incubation platform. */
    PLATFORM
}
