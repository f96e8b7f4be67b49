package io.hatchery.fundmatching.matching.domain;

import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.funding.Instrument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks funds for a financing request (ADR 11): hard conditions decide who is a candidate, then each candidate's
 * score is the sum of its reasons' points, weight × fit. Pure and deterministic: the same facts and weights give
 * the same ranking.
 */
public final class Matcher {

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal CO_FOUNDED_FIT = new BigDecimal("0.8");
    private static final BigDecimal FULL_CAPACITY_MULTIPLE = BigDecimal.valueOf(5);

    private Matcher() {
    }

    /**
     * Whether the fund may be proposed at all: it is open; a loan goes to a bank and equity to a fund; the fund
     * names the request's stage or none; the amount lies in its ticket range and within what it can still invest.
     */
    public static boolean admits(FundProfile fund, FinancingAsk ask) {
        if (!fund.open() || fund.lender() != (ask.instrument() == Instrument.LOAN)) {
            return false;
        }
        if (!fund.stages().isEmpty() && !fund.stages().contains(ask.stage())) {
            return false;
        }
        BigDecimal amount = ask.amountRmb();
        return (fund.ticketMinRmb() == null || amount.compareTo(fund.ticketMinRmb()) >= 0)
                && (fund.ticketMaxRmb() == null || amount.compareTo(fund.ticketMaxRmb()) <= 0)
                && (fund.remainingRmb() == null || amount.compareTo(fund.remainingRmb()) <= 0);
    }

    /** The candidates among the funds, best first, at most {@code limit}. */
    public static List<Match> rank(List<FundProfile> funds, FirmProfile firm, FinancingAsk ask, MatchWeights weights,
            int limit) {
        record Scored(FundProfile fund, Match match) {
        }
        Comparator<Scored> order = Comparator.comparing((Scored scored) -> scored.match().score()).reversed()
                .thenComparing(scored -> scored.fund().remainingRmb(),
                        Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparing(scored -> scored.fund().fundId());
        return funds.stream().filter(fund -> admits(fund, ask))
                .map(fund -> new Scored(fund, score(fund, firm, ask, weights)))
                .sorted(order).limit(limit).map(Scored::match).toList();
    }

    /** A candidate's score and every reason of it, whether it gives points or not. */
    public static Match score(FundProfile fund, FirmProfile firm, FinancingAsk ask, MatchWeights weights) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(industry(fund, firm, weights));
        reasons.add(stage(fund, ask, weights));
        reasons.add(ticket(fund, ask, weights));
        reasons.add(capacity(fund, ask, weights));
        reasons.add(reinvestment(fund, firm, weights));
        reasons.add(carrier(fund, firm, weights));
        reasons.add(trackRecord(fund, firm, weights));
        reasons.add(signals(firm, weights));
        BigDecimal score = reasons.stream().map(Reason::points).reduce(ZERO, BigDecimal::add);
        return new Match(fund.fundId(), score, reasons);
    }

    private static Reason industry(FundProfile fund, FirmProfile firm, MatchWeights weights) {
        if (fund.industries().isEmpty()) {
            return reason(Reason.Code.INDUSTRY, HALF, weights, "the fund names no focus industry");
        }
        boolean inFocus = firm.industry() != null && fund.industries().contains(firm.industry());
        return reason(Reason.Code.INDUSTRY, inFocus ? ONE : ZERO, weights, inFocus
                ? "the firm's industry " + firm.industry() + " is a focus of the fund"
                : "the firm's industry " + firm.industry() + " is not among the fund's " + fund.industries());
    }

    private static Reason stage(FundProfile fund, FinancingAsk ask, MatchWeights weights) {
        return fund.stages().isEmpty()
                ? reason(Reason.Code.STAGE, HALF, weights, "the fund names no stage")
                : reason(Reason.Code.STAGE, ONE, weights, "the fund invests at " + ask.stage());
    }

    /** 1 in the middle of the ticket range, 0.5 at either end; 0.5 without a full range. */
    private static Reason ticket(FundProfile fund, FinancingAsk ask, MatchWeights weights) {
        if (fund.ticketMinRmb() == null || fund.ticketMaxRmb() == null) {
            return reason(Reason.Code.TICKET, HALF, weights, "the fund states no full ticket range");
        }
        BigDecimal halfWidth = fund.ticketMaxRmb().subtract(fund.ticketMinRmb()).divide(BigDecimal.valueOf(2));
        if (halfWidth.signum() == 0) {
            return reason(Reason.Code.TICKET, ONE, weights, "the amount is the fund's only ticket size");
        }
        BigDecimal middle = fund.ticketMinRmb().add(halfWidth);
        BigDecimal distance = ask.amountRmb().subtract(middle).abs().divide(halfWidth, 4, RoundingMode.HALF_UP);
        return reason(Reason.Code.TICKET, ONE.subtract(HALF.multiply(distance)), weights,
                "the amount against the ticket range " + plain(fund.ticketMinRmb()) + "–"
                        + plain(fund.ticketMaxRmb()));
    }

    /** 1 when what the fund can still invest covers the amount five times or more, 0 when it covers it exactly. */
    private static Reason capacity(FundProfile fund, FinancingAsk ask, MatchWeights weights) {
        if (fund.remainingRmb() == null) {
            return reason(Reason.Code.CAPACITY, HALF, weights, "the lender's capacity is not known");
        }
        BigDecimal multiple = fund.remainingRmb().divide(ask.amountRmb(), 4, RoundingMode.HALF_UP);
        BigDecimal fit = multiple.subtract(ONE).divide(FULL_CAPACITY_MULTIPLE.subtract(ONE), 4, RoundingMode.HALF_UP);
        return reason(Reason.Code.CAPACITY, fit.min(ONE).max(ZERO), weights,
                "the fund can still invest " + plain(fund.remainingRmb()));
    }

    private static Reason reinvestment(FundProfile fund, FirmProfile firm, MatchWeights weights) {
        if (!firm.liesIn(fund.region())) {
            return reason(Reason.Code.REINVESTMENT, ZERO, weights, "the firm lies outside the fund's region "
                    + fund.region());
        }
        return reason(Reason.Code.REINVESTMENT, fund.reinvestmentBehind(), weights,
                "the firm lies in the fund's region; the fund is " + percent(fund.reinvestmentBehind())
                        + " behind its local-reinvestment mandate");
    }

    private static Reason carrier(FundProfile fund, FirmProfile firm, MatchWeights weights) {
        if (fund.carrierId() == null || !fund.carrierId().equals(firm.carrierId())) {
            return reason(Reason.Code.CARRIER, ZERO, weights, "the fund is not linked to the firm's carrier");
        }
        return fund.carrierLink() == CarrierLink.CO_FOUNDED
                ? reason(Reason.Code.CARRIER, CO_FOUNDED_FIT, weights,
                        "the fund was co-founded by the operator of the firm's carrier")
                : reason(Reason.Code.CARRIER, ONE, weights, "the fund sits inside the firm's carrier");
    }

    private static Reason trackRecord(FundProfile fund, FirmProfile firm, MatchWeights weights) {
        int all = fund.investmentCount();
        int inIndustry = firm.industry() == null ? 0 : fund.investmentsByIndustry().getOrDefault(firm.industry(), 0);
        BigDecimal fit = all == 0 ? ZERO
                : BigDecimal.valueOf(inIndustry).divide(BigDecimal.valueOf(all), 4, RoundingMode.HALF_UP);
        return reason(Reason.Code.TRACK_RECORD, fit, weights,
                inIndustry + " of the fund's " + all + " investments went to the firm's industry");
    }

    private static Reason signals(FirmProfile firm, MatchWeights weights) {
        BigDecimal fit = ZERO;
        List<String> held = new ArrayList<>();
        if (firm.highTech()) {
            fit = fit.add(new BigDecimal("0.4"));
            held.add("high-tech enterprise");
        }
        if (firm.techSme()) {
            fit = fit.add(new BigDecimal("0.3"));
            held.add("tech SME");
        }
        if (firm.graduationEligible()) {
            fit = fit.add(new BigDecimal("0.3"));
            held.add("eligible to graduate");
        }
        return reason(Reason.Code.SIGNALS, fit, weights, held.isEmpty() ? "no signal of the firm"
                : "the firm is " + String.join(", ", held));
    }

    private static Reason reason(Reason.Code code, BigDecimal fit, MatchWeights weights, String explanation) {
        BigDecimal scaledFit = fit.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        BigDecimal weight = weights.of(code);
        BigDecimal points = scaledFit.multiply(weight).setScale(2, RoundingMode.HALF_UP);
        return new Reason(code, scaledFit, weight, points, explanation);
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
