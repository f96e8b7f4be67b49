package io.hatchery.contracts.registry;

/** The graduation conditions of the national rules; a graduation records which of them applied. */
public enum GraduationBasis {
    HIGH_TECH,
    INVESTMENT_OVER_5M,
    REVENUE_OVER_10M_2Y,
    MERGER_OR_LISTING
}
