package io.hatchery.contracts.funding;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A fund stopped investing (wound up or fully invested); what it invested stays counted.
 */
public record FundClosed(
        String fundId,
        String region,
        LocalDate effectiveDate) implements DomainEvent {
}
