package io.hatchery.registry.firm.domain;

/** Where a firm stands: registered only, being incubated, or left incubation (graduated or exited). */
public enum FirmStatus {
    REGISTERED,
    INCUBATING,
    GRADUATED,
    EXITED
}
