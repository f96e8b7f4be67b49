package io.hatchery.contracts.funding;

/** How a financing request ended. */
public enum RequestOutcome {
    FUNDED,
    WITHDRAWN,
    EXPIRED
}
