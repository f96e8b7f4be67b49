package io.hatchery.contracts.exchange;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/** The subscription's sink answered the webhook validation handshake; deliveries start. */
public record SubscriptionValidated(
        String subscriptionId,
        String partnerId,
        LocalDate effectiveDate) implements DomainEvent {
}
