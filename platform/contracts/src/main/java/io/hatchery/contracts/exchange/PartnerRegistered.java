package io.hatchery.contracts.exchange;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;
import java.util.List;

/** The province's administrator registered a department or platform as a partner of the exchange. */
public record PartnerRegistered(
        String partnerId,
        String name,
        String kind,
        String jurisdiction,
        List<String> eventTypes,
        List<String> dataClasses,
        List<String> inboundTypes,
        LocalDate effectiveDate) implements DomainEvent {
}
