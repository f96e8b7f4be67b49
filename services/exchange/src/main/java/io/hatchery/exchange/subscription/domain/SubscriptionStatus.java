package io.hatchery.exchange.subscription.domain;

/** Whether a subscription is being delivered. */
public enum SubscriptionStatus {
    ACTIVE,
    PAUSED
}
