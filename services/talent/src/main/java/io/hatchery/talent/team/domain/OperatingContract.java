package io.hatchery.talent.team.domain;

import io.hatchery.contracts.identity.Uscc;
import io.hatchery.contracts.talent.OperatingTeamContractEnded;
import io.hatchery.contracts.talent.OperatingTeamContracted;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import io.hatchery.kernel.domain.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A professional operating organisation (专业运营机构) contracted to run a carrier, from a date until the contract's
 * agreed end (if any) or until it ends early.
 *
 * @param endedOn when it ended, null while it runs
 */
public record OperatingContract(String id, String teamUscc, String teamName, String carrierId, String region,
        String scope, LocalDate from, LocalDate until, LocalDate endedOn) {

    public static List<FieldProblem> problems(String teamUscc, String teamName, LocalDate from, LocalDate until,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Uscc.problem(teamUscc == null ? "" : teamUscc).ifPresent(problem -> problems.add(
                new FieldProblem("teamUscc", problem)));
        if (teamName == null || teamName.isBlank() || teamName.length() > 200) {
            problems.add(new FieldProblem("teamName", "is required, at most 200 characters"));
        }
        if (from.isAfter(today)) {
            problems.add(new FieldProblem("from", "is in the future"));
        }
        if (until != null && !until.isAfter(from)) {
            problems.add(new FieldProblem("until", "must be after from"));
        }
        return problems;
    }

    public static Decision<OperatingContract> contract(OperatingContract contract) {
        return new Decision<>(contract, List.of(new OperatingTeamContracted(contract.id(), contract.teamUscc(),
                contract.teamName(), contract.carrierId(), contract.region(), contract.scope(), contract.until(),
                contract.from())));
    }

    public static Decision<OperatingContract> end(OperatingContract contract, LocalDate on) {
        if (contract.endedOn() != null) {
            throw new RuleViolation("contract-ended", "the contract ended on " + contract.endedOn());
        }
        if (!on.isAfter(contract.from())) {
            throw new RuleViolation("before-contract", "the contract began on " + contract.from());
        }
        return new Decision<>(new OperatingContract(contract.id(), contract.teamUscc(), contract.teamName(),
                contract.carrierId(), contract.region(), contract.scope(), contract.from(), contract.until(), on),
                List.of(new OperatingTeamContractEnded(contract.id(), contract.carrierId(), contract.region(), on)));
    }
}
