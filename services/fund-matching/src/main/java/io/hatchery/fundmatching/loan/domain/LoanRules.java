package io.hatchery.fundmatching.loan.domain;

import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.funding.LoanGranted;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Decisions about loans, as pure functions of the command. */
public final class LoanRules {

    private static final BigDecimal MAX_RMB = BigDecimal.valueOf(InvestmentMade.MAX_AMOUNT_RMB);

    private LoanRules() {
    }

    public static List<FieldProblem> problems(Loan loan, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (loan.amountRmb().signum() <= 0) {
            problems.add(new FieldProblem("amountRmb", "must be more than 0"));
        } else if (loan.amountRmb().compareTo(MAX_RMB) > 0) {
            problems.add(new FieldProblem("amountRmb", "must be at most " + MAX_RMB.toPlainString()));
        } else if (loan.amountRmb().scale() > 2) {
            problems.add(new FieldProblem("amountRmb", "must have at most two decimals (fen)"));
        }
        if (loan.grantedOn().isAfter(today)) {
            problems.add(new FieldProblem("grantedOn", "must not be in the future"));
        }
        if (loan.poolRegion() != null && loan.riskPool() == null) {
            problems.add(new FieldProblem("riskPool", "is required with poolRegion"));
        }
        return problems;
    }

    public static Decision<Loan> grant(Loan loan) {
        return new Decision<>(loan, List.of(new LoanGranted(loan.id(), loan.bankId(), loan.firmId(), loan.firmUscc(),
                loan.region(), loan.amountRmb(), loan.riskPool(), loan.poolRegion(), loan.grantedOn())));
    }
}
