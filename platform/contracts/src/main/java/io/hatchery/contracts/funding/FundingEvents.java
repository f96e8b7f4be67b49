package io.hatchery.contracts.funding;

import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import java.util.List;

/** Event types published by the fund-matching service. */
public final class FundingEvents {

    public static final EventType<InvestmentMade> INVESTMENT_MADE = new EventType<>(
            "hatchery.funding.investment.made.v1", InvestmentMade.class, Topics.FUNDING_INVESTMENTS);

    public static final List<EventType<?>> ALL = List.of(INVESTMENT_MADE);

    private FundingEvents() {
    }
}
