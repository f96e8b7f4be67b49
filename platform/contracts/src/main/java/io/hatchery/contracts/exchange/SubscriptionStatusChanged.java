package io.hatchery.contracts.exchange;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/** A subscription was paused, resumed or deleted. */
public record SubscriptionStatusChanged(
        String subscriptionId,
        String partnerId,
        String status,
        LocalDate effectiveDate) implements DomainEvent {
}
