package io.hatchery.fundmatching.matching.domain;

import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.contracts.funding.Instrument;
import java.math.BigDecimal;

/** What a request asks for: an amount in RMB yuan, by an instrument, at a stage. */
public record FinancingAsk(BigDecimal amountRmb, Instrument instrument, FundingStage stage) {
}
