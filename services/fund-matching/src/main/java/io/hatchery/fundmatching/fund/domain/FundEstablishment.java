package io.hatchery.fundmatching.fund.domain;

import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.funding.FundKind;
import io.hatchery.contracts.funding.FundingStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What establishing a fund states.
 *
 * @param carrierId              the carrier the fund is linked to, with {@code carrierLink}; both or neither
 * @param localReinvestmentShare share of the fund to be invested in its region (返投), 0 to 1, or null
 */
public record FundEstablishment(String name, FundKind kind, String managerId, BigDecimal committedRmb,
        LocalDate establishedOn, String region, String carrierId, CarrierLink carrierLink, List<String> industries,
        List<FundingStage> stages, BigDecimal ticketMinRmb, BigDecimal ticketMaxRmb,
        BigDecimal localReinvestmentShare, BigDecimal stateCapitalShare) {

    public FundEstablishment {
        industries = industries == null ? List.of() : industries.stream().map(String::trim).distinct().toList();
        stages = stages == null ? List.of() : stages.stream().distinct().sorted().toList();
    }
}
