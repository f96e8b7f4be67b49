package io.hatchery.contracts.funding;

/** What kind of institution an investor is. */
public enum InvestorKind {
    /** a venture capital or private equity firm */
    VENTURE,
    /** an angel investors' organisation */
    ANGEL_ORGANISATION,
    /** the manager of government guidance funds */
    GOVERNMENT_FUND_MANAGER,
    BANK,
    GUARANTOR,
    INSURER,
    /** the operator of a carrier, investing in its own firms (房东+股东) */
    CARRIER_OPERATOR
}
