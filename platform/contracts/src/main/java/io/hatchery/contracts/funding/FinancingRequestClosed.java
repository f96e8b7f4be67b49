package io.hatchery.contracts.funding;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A financing request ended: funded (by an investment or a loan), withdrawn or expired.
 *
 * @param investmentId the investment that funded it
 * @param loanId the loan that funded it
 * @param matchId the proposed match whose fund or bank funded it, so that conversions of matches are known
 */
public record FinancingRequestClosed(
        String requestId,
        String region,
        RequestOutcome outcome,
        String investmentId,
        String loanId,
        String matchId,
        LocalDate effectiveDate) implements DomainEvent {
}
