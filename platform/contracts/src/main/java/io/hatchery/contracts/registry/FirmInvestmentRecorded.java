package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The registry counted an investment into the firm (from the fund-matching service's InvestmentMade).
 *
 * @param cumulativeRmb all investments into the firm counted so far, in RMB yuan
 */
public record FirmInvestmentRecorded(
        String firmId,
        String investmentId,
        BigDecimal amountRmb,
        BigDecimal cumulativeRmb,
        LocalDate effectiveDate) implements DomainEvent {
}
