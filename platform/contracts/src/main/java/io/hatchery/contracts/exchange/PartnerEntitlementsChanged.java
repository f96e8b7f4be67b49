package io.hatchery.contracts.exchange;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;
import java.util.List;

/** A partner's entitlements were replaced; its subscriptions are confined by the new ones from the next event on. */
public record PartnerEntitlementsChanged(
        String partnerId,
        List<String> eventTypes,
        List<String> dataClasses,
        List<String> inboundTypes,
        LocalDate effectiveDate) implements DomainEvent {
}
