package io.hatchery.fundmatching.fund.domain;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.funding.FundClosed;
import io.hatchery.contracts.funding.FundEstablished;
import io.hatchery.contracts.funding.FundResized;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import io.hatchery.kernel.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decisions about funds, as pure functions of the command and the current state. */
public final class FundRules {

    private static final BigDecimal MAX_RMB = BigDecimal.valueOf(InvestmentMade.MAX_AMOUNT_RMB);

    private FundRules() {
    }

    /** What is wrong on its face with an establishment (400 naming each field). */
    public static List<FieldProblem> problems(FundEstablishment fund, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        amountProblem("committedRmb", fund.committedRmb(), true).ifPresent(problems::add);
        amountProblem("ticketMinRmb", fund.ticketMinRmb(), false).ifPresent(problems::add);
        amountProblem("ticketMaxRmb", fund.ticketMaxRmb(), true).ifPresent(problems::add);
        if (fund.ticketMinRmb() != null && fund.ticketMaxRmb() != null
                && fund.ticketMinRmb().compareTo(fund.ticketMaxRmb()) > 0) {
            problems.add(new FieldProblem("ticketMinRmb", "must not exceed ticketMaxRmb"));
        }
        if (fund.ticketMaxRmb() != null && fund.committedRmb() != null && fund.committedRmb().signum() > 0
                && fund.ticketMaxRmb().compareTo(fund.committedRmb()) > 0) {
            problems.add(new FieldProblem("ticketMaxRmb", "must not exceed committedRmb"));
        }
        shareProblem("localReinvestmentShare", fund.localReinvestmentShare()).ifPresent(problems::add);
        shareProblem("stateCapitalShare", fund.stateCapitalShare()).ifPresent(problems::add);
        if (fund.establishedOn() != null && fund.establishedOn().isAfter(today)) {
            problems.add(new FieldProblem("establishedOn", "must not be in the future"));
        }
        if ((fund.carrierId() == null) != (fund.carrierLink() == null)) {
            problems.add(new FieldProblem(fund.carrierId() == null ? "carrierId" : "carrierLink",
                    "carrierId and carrierLink go together: give both or neither"));
        }
        for (int i = 0; i < fund.industries().size(); i++) {
            if (fund.industries().get(i).isEmpty()) {
                problems.add(new FieldProblem("industries[" + i + "]", "must not be blank"));
            }
        }
        return problems;
    }

    private static Optional<FieldProblem> amountProblem(String field, BigDecimal amount,
            boolean positive) {
        if (amount == null) {
            return Optional.empty();
        }
        if (positive ? amount.signum() <= 0 : amount.signum() < 0) {
            return Optional.of(new FieldProblem(field, positive ? "must be more than 0" : "must not be negative"));
        }
        if (amount.compareTo(MAX_RMB) > 0) {
            return Optional.of(new FieldProblem(field, "must be at most " + MAX_RMB.toPlainString()
                    + " (RMB 10 trillion)"));
        }
        if (amount.scale() > 2) {
            return Optional.of(new FieldProblem(field, "must have at most two decimals (fen)"));
        }
        return Optional.empty();
    }

    private static Optional<FieldProblem> shareProblem(String field, BigDecimal share) {
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            return Optional.of(new FieldProblem(field, "must lie between 0 and 1"));
        }
        return Optional.empty();
    }

    public static Decision<Fund> establish(String id, FundEstablishment fund) {
        Fund established = new Fund(id, fund.name(), fund.kind(), fund.managerId(), fund.committedRmb(),
                fund.establishedOn(), fund.region(), fund.carrierId(), fund.carrierLink(), fund.industries(),
                fund.stages(), fund.ticketMinRmb(), fund.ticketMaxRmb(), fund.localReinvestmentShare(),
                fund.stateCapitalShare(), FundStatus.OPEN, null);
        DomainEvent event = new FundEstablished(id, fund.name(), fund.kind(), fund.managerId(), fund.committedRmb(),
                fund.establishedOn(), fund.region(), fund.carrierId(), fund.carrierLink(), fund.industries(),
                fund.stages(), fund.ticketMinRmb(), fund.ticketMaxRmb(), fund.localReinvestmentShare(),
                fund.stateCapitalShare(), fund.establishedOn());
        return new Decision<>(established, List.of(event));
    }

    /** A new committed size; never below what the fund has invested, never for a closed fund. */
    public static Decision<Fund> resize(Fund fund, FundPosition position, BigDecimal committedRmb,
            LocalDate effectiveDate) {
        requireOpen(fund);
        if (committedRmb.compareTo(position.investedRmb()) < 0) {
            throw new RuleViolation("fund-below-invested", "the fund has invested "
                    + position.investedRmb().toPlainString() + " already; it cannot be resized below that");
        }
        if (fund.ticketMaxRmb() != null && committedRmb.compareTo(fund.ticketMaxRmb()) < 0) {
            throw new RuleViolation("fund-below-ticket", "the fund's largest ticket is "
                    + fund.ticketMaxRmb().toPlainString() + "; it cannot be resized below that");
        }
        if (committedRmb.compareTo(fund.committedRmb()) == 0) {
            return Decision.unchanged(fund);
        }
        return new Decision<>(fund.with(committedRmb, fund.status(), fund.closedOn()), List.of(new FundResized(
                fund.id(), fund.region(), committedRmb, fund.committedRmb(), effectiveDate)));
    }

    /** Closes the fund: it invests no more; what it invested stays. Closing a closed fund changes nothing. */
    public static Decision<Fund> close(Fund fund, LocalDate effectiveDate) {
        if (!fund.isOpen()) {
            return Decision.unchanged(fund);
        }
        if (effectiveDate.isBefore(fund.establishedOn())) {
            throw new RuleViolation("fund-closed-before-established", "a fund cannot close before it was "
                    + "established (" + fund.establishedOn() + ")");
        }
        Fund closed = fund.with(fund.committedRmb(), FundStatus.CLOSED, effectiveDate);
        return new Decision<>(closed, List.of(new FundClosed(fund.id(), fund.region(), effectiveDate)));
    }

    /** Refuses a command on a closed fund (422). */
    public static void requireOpen(Fund fund) {
        if (!fund.isOpen()) {
            throw new RuleViolation("fund-closed", "the fund closed on " + fund.closedOn() + " and invests no more");
        }
    }
}
