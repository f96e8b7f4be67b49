package io.hatchery.fundmatching.fund.domain;

import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.funding.FundKind;
import io.hatchery.contracts.funding.FundingStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A fund: what it is and what it may invest. What it has invested is its {@link FundPosition}, summed from its
 * investments.
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
        LocalDate closedOn) {

    public Fund {
        industries = industries == null ? List.of() : List.copyOf(industries);
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    public boolean isOpen() {
        return status == FundStatus.OPEN;
    }

    /** The amount its local-reinvestment mandate asks to be invested in its region; zero without a mandate. */
    public BigDecimal reinvestmentMandateRmb() {
        return localReinvestmentShare == null ? BigDecimal.ZERO : committedRmb.multiply(localReinvestmentShare);
    }

    Fund with(BigDecimal committed, FundStatus newStatus, LocalDate closed) {
        return new Fund(id, name, kind, managerId, committed, establishedOn, region, carrierId, carrierLink,
                industries, stages, ticketMinRmb, ticketMaxRmb, localReinvestmentShare, stateCapitalShare, newStatus,
                closed);
    }
}
