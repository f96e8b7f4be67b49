package io.hatchery.contracts.funding;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A financing request ended: funded (by an investment or a loan), withdrawn or expired.
 *
 * @param investmentId the investment that funded it
 * @param loanId the loan that funded it
 */
public record FinancingRequestClosed(
        String requestId,
        String region,
        RequestOutcome outcome,
        String investmentId,
        String loanId,
        LocalDate effectiveDate) implements DomainEvent {
}
