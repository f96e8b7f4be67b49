package io.hatchery.fundmatching.matching.domain;

import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.funding.FundKind;
import io.hatchery.contracts.funding.FundingStage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scoring knows of a fund, or of a bank for a loan ({@code lender}).
 *
 * @param kind                   null for a bank
 * @param ticketMinRmb           null: no lower bound
 * @param ticketMaxRmb           null: no upper bound
 * @param remainingRmb           what it can still invest (committed less invested); null for a bank (no limit known)
 * @param reinvestmentBehind     how far the fund is behind its local-reinvestment mandate, 0 (met or none) to 1
 *                               (nothing reinvested yet)
 * @param investmentsByIndustry  the number of its investments per industry of the firms invested in
 */
public record FundProfile(String fundId, FundKind kind, boolean lender, String region, String carrierId,
        CarrierLink carrierLink, Set<String> industries, Set<FundingStage> stages, BigDecimal ticketMinRmb,
        BigDecimal ticketMaxRmb, BigDecimal remainingRmb, BigDecimal reinvestmentBehind,
        Map<String, Integer> investmentsByIndustry, boolean open) {

    public FundProfile {
        industries = Set.copyOf(industries);
        stages = Set.copyOf(stages);
        investmentsByIndustry = Map.copyOf(investmentsByIndustry);
    }

    public int investmentCount() {
        return investmentsByIndustry.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Stages to list in the reasons, in their natural order. */
    public List<FundingStage> stageList() {
        return stages.stream().sorted().toList();
    }
}
