package io.hatchery.fundmatching.fund.domain;

import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.funding.FundKind;
import io.hatchery.contracts.funding.FundingStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fund: what it is, what it may invest, and what it has invested so far.
 *
 * @param investedRmb           the sum of its investments
 * @param investedLocallyRmb    the part of it invested in firms inside the fund's region
 * @param investmentsByIndustry its investments counted per industry of the firm invested in
 * @param countedInvestments    the investments already summed, so that one delivered twice counts once
 */
public record Fund(
        String id,
        String name,
        FundKind kind,
        String managerId,
        BigDecimal committedRmb,
        LocalDate establishedOn,
        String region,
        String carrierId,
        CarrierLink carrierLink,
        List<String> industries,
        List<FundingStage> stages,
        BigDecimal ticketMinRmb,
        BigDecimal ticketMaxRmb,
        BigDecimal localReinvestmentShare,
        BigDecimal stateCapitalShare,
        FundStatus status,
        LocalDate closedOn,
        BigDecimal investedRmb,
        BigDecimal investedLocallyRmb,
        Map<String, Integer> investmentsByIndustry,
        Set<String> countedInvestments) {

    public Fund {
        industries = industries == null ? List.of() : List.copyOf(industries);
        stages = stages == null ? List.of() : List.copyOf(stages);
        investedRmb = investedRmb == null ? BigDecimal.ZERO : investedRmb;
        investedLocallyRmb = investedLocallyRmb == null ? BigDecimal.ZERO : investedLocallyRmb;
        investmentsByIndustry = investmentsByIndustry == null ? Map.of() : Map.copyOf(investmentsByIndustry);
        countedInvestments = countedInvestments == null ? Set.of() : Set.copyOf(countedInvestments);
    }

    public boolean isOpen() {
        return status == FundStatus.OPEN;
    }

    /** What it can still invest: committed less invested, never below zero. */
    public BigDecimal remainingRmb() {
        return committedRmb.subtract(investedRmb).max(BigDecimal.ZERO);
    }

    /** The amount its local-reinvestment mandate asks to be invested in its region; zero without a mandate. */
    public BigDecimal reinvestmentMandateRmb() {
        return localReinvestmentShare == null ? BigDecimal.ZERO : committedRmb.multiply(localReinvestmentShare);
    }

    /** Local investment so far against the mandate, 0 to 1 (1 when met or when there is none). */
    public BigDecimal reinvestmentAchieved() {
        BigDecimal mandate = reinvestmentMandateRmb();
        if (mandate.signum() == 0) {
            return BigDecimal.ONE;
        }
        return investedLocallyRmb.divide(mandate, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
    }

    /** How far it is behind its mandate: 1 with nothing reinvested, 0 when met or without one. */
    public BigDecimal reinvestmentBehind() {
        return BigDecimal.ONE.subtract(reinvestmentAchieved());
    }
}
