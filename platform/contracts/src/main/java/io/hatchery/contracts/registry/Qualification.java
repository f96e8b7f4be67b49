package io.hatchery.contracts.registry;

/** Statuses a firm can hold: tech SME (yearly registration) and high-tech enterprise (three-year certificate). */
public enum Qualification {
    TECH_SME,
    HIGH_TECH
}
