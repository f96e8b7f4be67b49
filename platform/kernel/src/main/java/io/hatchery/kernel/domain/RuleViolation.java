package io.hatchery.kernel.domain;

/**
 * A command that is well-formed but that a business rule refuses (HTTP 422).
 *
 * @param rule short stable name of the rule, e.g. {@code admission-age-limit}
 */
public final class RuleViolation extends RuntimeException {

    private final String rule;

    public RuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
