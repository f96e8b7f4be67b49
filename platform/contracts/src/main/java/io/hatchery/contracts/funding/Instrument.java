package io.hatchery.contracts.funding;

/** How money goes into a firm. */
public enum Instrument {
    EQUITY,
    /** a convertible note or loan */
    CONVERTIBLE,
    /** a loan, from a bank */
    LOAN
}
