package io.hatchery.contracts.evaluation;

/** What happened to an evaluation cycle. */
public enum CycleChange {
    OPENED,
    SUBMITTED,
    ACCEPTED,
    RETURNED,
    SCORED,
    VETOED,
    CLOSED
}
