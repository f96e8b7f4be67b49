package io.hatchery.contracts.funding;

import io.hatchery.contracts.DomainEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A bank lent to a firm under a policy scheme (e.g. 苏科贷), backed by a risk-compensation pool. Financing, but not angel or venture investment for the graduation rule.
 *
 * @param loanId the loan; the event's subject
 * @param bankId the lending investor (a bank)
 * @param region division code of the firm
 * @param riskPool the risk-compensation pool backing it
 * @param poolRegion division code of the government that funds the pool
 * @param effectiveDate the day it was granted
 */
public record LoanGranted(
        String loanId,
        String bankId,
        String firmId,
        String firmUscc,
        String region,
        BigDecimal amountRmb,
        String riskPool,
        String poolRegion,
        LocalDate effectiveDate) implements DomainEvent {
}
