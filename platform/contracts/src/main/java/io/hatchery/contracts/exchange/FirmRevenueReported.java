package io.hatchery.contracts.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A firm's operating revenue for a fiscal year, from the tax bureau. Revenue over RMB 10 m in two consecutive
 * years is a graduation condition.
 *
 * @param year          the fiscal year
 * @param revenueRmb    operating revenue in yuan
 * @param effectiveDate the day the figure was filed
 */
public record FirmRevenueReported(
        String firmUscc,
        int year,
        BigDecimal revenueRmb,
        LocalDate effectiveDate) implements InboundFact {
}
