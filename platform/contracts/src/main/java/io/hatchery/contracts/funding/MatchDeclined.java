package io.hatchery.contracts.funding;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A proposed match was declined by the fund or bank, with the reason.
 */
public record MatchDeclined(
        String requestId,
        String matchId,
        String region,
        String reason,
        LocalDate effectiveDate) implements DomainEvent {
}
