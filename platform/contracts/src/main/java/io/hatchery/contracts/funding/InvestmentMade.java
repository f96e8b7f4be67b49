package io.hatchery.contracts.funding;

import io.hatchery.contracts.DomainEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money went into a firm (angel, venture or other equity investment).
 *
 * @param investmentId the investment; the event's subject
 * @param fundId       the investing fund when it is registered on the platform, else null
 * @param firmId       the registry's firm id when known, else null (then {@code firmUscc} identifies the firm)
 * @param amountRmb    amount in RMB yuan, at most {@link #MAX_AMOUNT_RMB}
 */
public record InvestmentMade(
        String investmentId,
        String fundId,
        String investorName,
        String firmId,
        String firmUscc,
        BigDecimal amountRmb,
        String round,
        LocalDate effectiveDate) implements DomainEvent {

    /** The largest single investment, RMB 10 trillion: what the schema declares and the statistics sum safely. */
    public static final long MAX_AMOUNT_RMB = 10_000_000_000_000L;
}
