package io.hatchery.contracts.funding;

import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import java.util.List;

/** Event types published by the fund-matching service. */
public final class FundingEvents {

    public static final EventType<InvestorRegistered> INVESTOR_REGISTERED = new EventType<>(
            "hatchery.funding.investor.registered.v1", InvestorRegistered.class, Topics.FUNDING_INVESTORS);

    public static final EventType<FundEstablished> FUND_ESTABLISHED = new EventType<>(
            "hatchery.funding.fund.established.v1", FundEstablished.class, Topics.FUNDING_FUNDS);

    public static final EventType<FundResized> FUND_RESIZED = new EventType<>(
            "hatchery.funding.fund.resized.v1", FundResized.class, Topics.FUNDING_FUNDS);

    public static final EventType<FundClosed> FUND_CLOSED = new EventType<>(
            "hatchery.funding.fund.closed.v1", FundClosed.class, Topics.FUNDING_FUNDS);

    public static final EventType<InvestmentMade> INVESTMENT_MADE = new EventType<>(
            "hatchery.funding.investment.made.v1", InvestmentMade.class, Topics.FUNDING_INVESTMENTS);

    public static final EventType<LoanGranted> LOAN_GRANTED = new EventType<>(
            "hatchery.funding.loan.granted.v1", LoanGranted.class, Topics.FUNDING_LOANS);

    public static final EventType<FinancingRequested> FINANCING_REQUESTED = new EventType<>(
            "hatchery.funding.financing.requested.v1", FinancingRequested.class, Topics.FUNDING_REQUESTS);

    public static final EventType<FinancingRequestClosed> FINANCING_REQUEST_CLOSED = new EventType<>(
            "hatchery.funding.financing.request-closed.v1", FinancingRequestClosed.class, Topics.FUNDING_REQUESTS);

    public static final EventType<MatchProposed> MATCH_PROPOSED = new EventType<>(
            "hatchery.funding.match.proposed.v1", MatchProposed.class, Topics.FUNDING_REQUESTS);

    public static final EventType<MatchAccepted> MATCH_ACCEPTED = new EventType<>(
            "hatchery.funding.match.accepted.v1", MatchAccepted.class, Topics.FUNDING_REQUESTS);

    public static final EventType<MatchDeclined> MATCH_DECLINED = new EventType<>(
            "hatchery.funding.match.declined.v1", MatchDeclined.class, Topics.FUNDING_REQUESTS);

    public static final List<EventType<?>> ALL = List.of(INVESTOR_REGISTERED, FUND_ESTABLISHED, FUND_RESIZED,
            FUND_CLOSED, INVESTMENT_MADE, LOAN_GRANTED, FINANCING_REQUESTED, FINANCING_REQUEST_CLOSED,
            MATCH_PROPOSED, MATCH_ACCEPTED, MATCH_DECLINED);

    private FundingEvents() {
    }
}
