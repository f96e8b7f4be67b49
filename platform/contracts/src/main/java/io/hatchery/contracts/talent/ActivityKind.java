package io.hatchery.contracts.talent;

/** An activity a carrier holds. */
public enum ActivityKind {
    COMPETITION,
    ROADSHOW,
    TRAINING,
    FORUM,
    MATCHMAKING
}
