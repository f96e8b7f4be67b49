package io.hatchery.fundmatching.loan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A policy loan from a bank to a firm.
 *
 * @param region     the firm's region
 * @param riskPool   the risk-compensation pool that backs it, or null
 * @param poolRegion the region whose government funds the pool, or null
 */
public record Loan(String id, String bankId, String firmId, String firmUscc, String region, BigDecimal amountRmb,
        LocalDate grantedOn, String riskPool, String poolRegion, String requestId) {
}
