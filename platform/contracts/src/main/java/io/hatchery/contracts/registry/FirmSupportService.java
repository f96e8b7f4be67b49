package io.hatchery.contracts.registry;

/** Services a carrier offers to its firms; plans set targets on the share of carriers offering them. */
public enum FirmSupportService {
    PROFESSIONAL_TEAM,
    FINANCING,
    MENTORING,
    TECH_PLATFORM,
    TRAINING,
    TECHNICAL_SERVICES
}
