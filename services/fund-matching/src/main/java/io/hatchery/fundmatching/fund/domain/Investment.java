package io.hatchery.fundmatching.fund.domain;

import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.contracts.funding.Instrument;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money a fund put into a firm.
 *
 * @param firmRegion   the firm's region when the investment was made
 * @param firmIndustry the firm's industry then, or null
 * @param inFundRegion the firm lay inside the fund's region: the investment counts to its local reinvestment
 * @param round        the firm's stage the investment was made at
 * @param requestId    the financing request it funded, or null
 * @param matchId      the accepted match it came from, or null
 */
public record Investment(String id, String fundId, String managerId, String firmId, String firmUscc,
        String firmRegion, String firmIndustry, boolean inFundRegion, BigDecimal amountRmb, FundingStage round,
        Instrument instrument,
        LocalDate investedOn, String requestId, String matchId) {
}
