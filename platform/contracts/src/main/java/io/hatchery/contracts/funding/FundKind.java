package io.hatchery.contracts.funding;

/** What a fund is for. */
public enum FundKind {
    ANGEL,
    SEED,
    VENTURE,
    /** a government guidance fund (政府引导基金) */
    GOVERNMENT_GUIDANCE,
    /** an industry fund */
    INDUSTRY,
    /** a merger and acquisition fund */
    MERGER_ACQUISITION,
    /** a fund that invests in funds */
    FUND_OF_FUNDS
}
