package io.hatchery.contracts.exchange;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;
import java.util.List;

/** A partner subscribed (its sink and secret stay in the exchange). */
public record SubscriptionCreated(
        String subscriptionId,
        String partnerId,
        List<String> types,
        String mode,
        LocalDate effectiveDate) implements DomainEvent {
}
