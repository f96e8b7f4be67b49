package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The registry recorded a firm's revenue for a fiscal year (from the tax bureau, through the exchange). A later
 * figure for the same year replaces the earlier one.
 *
 * @param revenueRmb operating revenue in RMB yuan
 */
public record FirmRevenueRecorded(
        String firmId,
        int year,
        BigDecimal revenueRmb,
        LocalDate effectiveDate) implements DomainEvent {
}
