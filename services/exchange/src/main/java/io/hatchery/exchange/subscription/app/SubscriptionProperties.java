package io.hatchery.exchange.subscription.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Subscription settings of a deployment ({@code hatchery.exchange.subscriptions.*}).
 *
 * @param allowPrivateSinks whether a sink may be a loopback, private or link-local address. Off in production: a
 *                          partner must not make the platform call into its own network. Local runs turn it on.
 */
@ConfigurationProperties("hatchery.exchange.subscriptions")
public record SubscriptionProperties(@DefaultValue("false") boolean allowPrivateSinks) {
}
