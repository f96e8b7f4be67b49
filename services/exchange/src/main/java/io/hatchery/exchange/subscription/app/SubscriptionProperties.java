package io.hatchery.exchange.subscription.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Subscription settings of a deployment ({@code hatchery.exchange.subscriptions.*}).
 *
 * @param allowPrivateSinks whether a sink may be a loopback, private or link-local address. Off in production: a
 *                          partner must not make the platform call into its own network. Local runs turn it on.
 * @param secretsKeyset     Tink AEAD keyset (JSON) sealing the subscriptions' signing secrets at rest; rotate by
 *                          adding a new primary key and keeping the old one while secrets sealed with it remain
 */
@ConfigurationProperties("hatchery.exchange.subscriptions")
public record SubscriptionProperties(@DefaultValue("false") boolean allowPrivateSinks, String secretsKeyset) {

    public SubscriptionProperties {
        if (secretsKeyset == null || secretsKeyset.isBlank()) {
            throw new IllegalArgumentException("hatchery.exchange.subscriptions.secrets-keyset is required");
        }
    }
}
