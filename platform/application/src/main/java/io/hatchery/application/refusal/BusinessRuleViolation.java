package io.hatchery.application.refusal;

/** A valid request that the business rules refuse (HTTP 422), naming the rule. */
public class BusinessRuleViolation extends RuntimeException {

    private final String rule;

    public BusinessRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
