package io.hatchery.contracts.funding;

/** How a fund is linked to a carrier. */
public enum CarrierLink {
    /** the fund sits inside the carrier */
    INSIDE,
    /** the fund was co-founded with the carrier's operator */
    CO_FOUNDED
}
