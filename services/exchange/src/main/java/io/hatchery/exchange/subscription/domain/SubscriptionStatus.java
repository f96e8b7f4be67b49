package io.hatchery.exchange.subscription.domain;

/** Whether a subscription is being delivered. */
public enum SubscriptionStatus {
    ACTIVE,
    PAUSED,
    /** Deleted by its partner or the administrator: nothing is delivered, and it is no longer listed or found. */
    DELETED
}
