package io.hatchery.contracts.funding;

/** A firm's financing stage, and the stages a fund invests in. */
public enum FundingStage {
    SEED,
    ANGEL,
    SERIES_A,
    SERIES_B,
    GROWTH,
    /** before listing */
    PRE_IPO
}
