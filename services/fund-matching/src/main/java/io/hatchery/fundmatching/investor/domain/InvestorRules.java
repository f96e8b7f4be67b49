package io.hatchery.fundmatching.investor.domain;

import io.hatchery.contracts.funding.InvestorKind;
import io.hatchery.contracts.funding.InvestorRegistered;
import io.hatchery.contracts.identity.Uscc;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Decisions about investors, as pure functions of the command. */
public final class InvestorRules {

    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\- ]{5,20}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}$");

    private InvestorRules() {
    }

    /** What is wrong on its face with a registration (400 naming each field). */
    public static List<FieldProblem> problems(Investor investor) {
        List<FieldProblem> problems = new ArrayList<>();
        Uscc.problem(investor.uscc()).ifPresent(problem -> problems.add(new FieldProblem("uscc", problem)));
        if (investor.contactPhone() != null && !PHONE.matcher(investor.contactPhone()).matches()) {
            problems.add(new FieldProblem("contactPhone", "must be a telephone number: digits, spaces, +, - and ()"));
        }
        if (investor.contactEmail() != null && !EMAIL.matcher(investor.contactEmail()).matches()) {
            problems.add(new FieldProblem("contactEmail", "must be an e-mail address"));
        }
        boolean operator = investor.kind() == InvestorKind.CARRIER_OPERATOR;
        if (operator && investor.carrierId() == null) {
            problems.add(new FieldProblem("carrierId", "is required for a carrier's operator"));
        }
        if (!operator && investor.carrierId() != null) {
            problems.add(new FieldProblem("carrierId", "applies only to a carrier's operator"));
        }
        return problems;
    }

    public static Decision<Investor> register(Investor investor, LocalDate today) {
        return new Decision<>(investor, List.of(new InvestorRegistered(investor.id(), investor.uscc(),
                investor.name(), investor.kind(), investor.region(), investor.carrierId(), today)));
    }
}
