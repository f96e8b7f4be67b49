package io.hatchery.contracts.funding;

import io.hatchery.contracts.DomainEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A firm (or its carrier's operator for it) asked for financing.
 *
 * @param requestId the request; the event's subject
 * @param region division code of the firm
 * @param carrierId the carrier incubating the firm when it asked
 */
public record FinancingRequested(
        String requestId,
        String firmId,
        String region,
        String carrierId,
        BigDecimal amountRmb,
        Instrument instrument,
        FundingStage stage,
        LocalDate effectiveDate) implements DomainEvent {
}
