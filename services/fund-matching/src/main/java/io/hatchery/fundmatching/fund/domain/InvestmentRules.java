package io.hatchery.fundmatching.fund.domain;

import io.hatchery.contracts.funding.Instrument;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import io.hatchery.kernel.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Decisions about investments, as pure functions of the command and the fund's state. */
public final class InvestmentRules {

    private static final BigDecimal MAX_RMB = BigDecimal.valueOf(InvestmentMade.MAX_AMOUNT_RMB);

    private InvestmentRules() {
    }

    /** What is wrong on its face with an investment (400 naming each field). */
    public static List<FieldProblem> problems(BigDecimal amountRmb, Instrument instrument, LocalDate investedOn,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (amountRmb.signum() <= 0) {
            problems.add(new FieldProblem("amountRmb", "must be more than 0"));
        } else if (amountRmb.compareTo(MAX_RMB) > 0) {
            problems.add(new FieldProblem("amountRmb", "must be at most " + MAX_RMB.toPlainString()));
        } else if (amountRmb.scale() > 2) {
            problems.add(new FieldProblem("amountRmb", "must have at most two decimals (fen)"));
        }
        if (instrument == Instrument.LOAN) {
            problems.add(new FieldProblem("instrument", "a loan is recorded as a loan (POST /loans), not as an "
                    + "investment"));
        }
        if (investedOn.isAfter(today)) {
            problems.add(new FieldProblem("investedOn", "must not be in the future"));
        }
        return problems;
    }

    /**
     * Records the investment. The fund must be open, established by then, and able to afford it.
     *
     * @param fundOpen        the fund still invests
     * @param fundEstablished the day the fund was established
     * @param fundRemaining   what the fund can still invest
     */
    public static Decision<Investment> record(Investment investment, String investorName, boolean fundOpen,
            LocalDate fundEstablished, BigDecimal fundRemaining) {
        if (!fundOpen) {
            throw new RuleViolation("fund-closed", "the fund is closed and invests no more");
        }
        if (investment.investedOn().isBefore(fundEstablished)) {
            throw new RuleViolation("investment-before-fund", "the fund was established on " + fundEstablished
                    + ", after the investment's date");
        }
        if (investment.amountRmb().compareTo(fundRemaining) > 0) {
            throw new RuleViolation("fund-capacity-exceeded", "the fund can invest " + fundRemaining.toPlainString()
                    + " more, less than " + investment.amountRmb().toPlainString());
        }
        return new Decision<>(investment, List.of(new InvestmentMade(investment.id(), investment.fundId(),
                investorName, investment.firmId(), investment.firmUscc(), investment.amountRmb(),
                investment.round() == null ? null : investment.round().name(), investment.investedOn())));
    }
}
