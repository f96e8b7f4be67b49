package io.hatchery.contracts.registry;

/** Why a firm left a carrier without graduating. */
public enum ExitReason {
    MOVED,
    CLOSED,
    EXPELLED
}
