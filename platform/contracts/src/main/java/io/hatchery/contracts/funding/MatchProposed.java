package io.hatchery.contracts.funding;

import io.hatchery.contracts.DomainEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The platform proposed a fund (or, for a loan, a bank) to a financing request, with its score and rank.
 *
 * @param requestId the request; the event's subject
 * @param fundId the fund proposed
 * @param bankId the bank proposed, for a loan
 * @param score the sum of its reasons' points
 * @param rank 1 for the best
 * @param region division code of the firm
 */
public record MatchProposed(
        String requestId,
        String matchId,
        String fundId,
        String bankId,
        BigDecimal score,
        int rank,
        String region,
        LocalDate effectiveDate) implements DomainEvent {
}
