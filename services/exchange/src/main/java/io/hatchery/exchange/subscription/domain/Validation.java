package io.hatchery.exchange.subscription.domain;

/** The webhook validation handshake of the CloudEvents HTTP webhook spec, done before the first delivery. */
public enum Validation {
    /** A pull subscription: nothing is sent to the partner. */
    NOT_NEEDED,
    /** Not yet confirmed by the sink; nothing is delivered until it is. */
    PENDING,
    /** The sink allowed deliveries from this platform. */
    VALIDATED
}
