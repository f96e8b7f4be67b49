package io.hatchery.evaluation.eligibility.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A carrier against a rule set: each criterion with what it requires, the actual value and where it came from,
 * and PASS, FAIL or MISSING. Missing data is reported as missing, never as a failure in disguise.
 */
public final class Eligibility {

    public enum Status {
        PASS,
        FAIL,
        MISSING
    }

    public enum Verdict {
        ELIGIBLE,
        NOT_ELIGIBLE,
        /** Nothing fails, but some data is missing. */
        INCOMPLETE
    }

    /** A known value and where it came from. */
    public record Fact(BigDecimal value, String source) {
    }

    public record Check(String id, String name, String required, BigDecimal actual, String source, Status status) {
    }

    public record Report(String ruleSet, String name, Verdict verdict, List<Check> criteria) {
    }

    private Eligibility() {
    }

    public static Report assess(RuleSet rules, Map<String, Fact> facts) {
        List<Check> checks = new ArrayList<>();
        for (RuleSet.Criterion criterion : rules.criteria()) {
            Fact fact = facts.get(criterion.metric());
            String required = (criterion.min() != null ? "≥ " + criterion.min().stripTrailingZeros().toPlainString()
                    : "") + (criterion.max() != null ? (criterion.min() != null ? ", " : "") + "≤ "
                    + criterion.max().stripTrailingZeros().toPlainString() : "");
            Status status;
            if (fact == null || fact.value() == null) {
                status = Status.MISSING;
            } else {
                boolean ok = (criterion.min() == null || fact.value().compareTo(criterion.min()) >= 0)
                        && (criterion.max() == null || fact.value().compareTo(criterion.max()) <= 0);
                status = ok ? Status.PASS : Status.FAIL;
            }
            checks.add(new Check(criterion.id(), criterion.name(), required, fact == null ? null : fact.value(),
                    fact == null ? null : fact.source(), status));
        }
        Verdict verdict = checks.stream().anyMatch(check -> check.status() == Status.FAIL) ? Verdict.NOT_ELIGIBLE
                : checks.stream().anyMatch(check -> check.status() == Status.MISSING) ? Verdict.INCOMPLETE
                        : Verdict.ELIGIBLE;
        return new Report(rules.id(), rules.name(), verdict, checks);
    }
}
