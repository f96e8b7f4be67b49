package io.hatchery.contracts.exchange;

import io.hatchery.contracts.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/** A subscription was rewound: what was published from {@code from} on is delivered again. */
public record SubscriptionRewound(
        String subscriptionId,
        String partnerId,
        Instant from,
        LocalDate effectiveDate) implements DomainEvent {
}
