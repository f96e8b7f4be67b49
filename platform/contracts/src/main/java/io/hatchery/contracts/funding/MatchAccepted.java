package io.hatchery.contracts.funding;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A proposed match was taken up by the fund or bank.
 */
public record MatchAccepted(
        String requestId,
        String matchId,
        String region,
        LocalDate effectiveDate) implements DomainEvent {
}
