package io.hatchery.fundmatching.fund.web;

import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.funding.FundKind;
import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.fundmatching.fund.app.FundService.FundDetails;
import io.hatchery.fundmatching.fund.domain.Fund;
import io.hatchery.fundmatching.fund.domain.FundPosition;
import io.hatchery.fundmatching.fund.domain.FundStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A fund as the API shows it, with what it has invested, what it can still invest and its local reinvestment
 * against its mandate (0 to 1); {@code version} is also the ETag.
 */
public record FundView(String id, long version, String name, FundKind kind, String managerId,
        BigDecimal committedRmb, LocalDate establishedOn, String region, String carrierId, CarrierLink carrierLink,
        List<String> industries, List<FundingStage> stages, BigDecimal ticketMinRmb, BigDecimal ticketMaxRmb,
        BigDecimal localReinvestmentShare, BigDecimal stateCapitalShare, FundStatus status, LocalDate closedOn,
        BigDecimal investedRmb, BigDecimal remainingRmb, BigDecimal investedLocallyRmb,
        BigDecimal reinvestmentAchieved, int investments) {

    static FundView of(FundDetails details) {
        Fund fund = details.fund().state();
        FundPosition position = details.position();
        return new FundView(fund.id(), details.fund().version(), fund.name(), fund.kind(), fund.managerId(),
                fund.committedRmb(), fund.establishedOn(), fund.region(), fund.carrierId(), fund.carrierLink(),
                fund.industries(), fund.stages(), fund.ticketMinRmb(), fund.ticketMaxRmb(),
                fund.localReinvestmentShare(), fund.stateCapitalShare(), fund.status(), fund.closedOn(),
                position.investedRmb(), position.remainingRmb(fund), position.investedLocallyRmb(),
                position.reinvestmentAchieved(fund), position.investmentCount());
    }
}
