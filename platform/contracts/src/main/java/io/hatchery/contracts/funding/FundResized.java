package io.hatchery.contracts.funding;

import io.hatchery.contracts.DomainEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fund's committed size changed.
 *
 * @param committedRmb the new committed size in RMB yuan
 */
public record FundResized(
        String fundId,
        String region,
        BigDecimal committedRmb,
        BigDecimal previousCommittedRmb,
        LocalDate effectiveDate) implements DomainEvent {
}
