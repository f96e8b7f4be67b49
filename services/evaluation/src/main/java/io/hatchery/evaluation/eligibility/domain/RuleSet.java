package io.hatchery.evaluation.eligibility.domain;

import java.math.BigDecimal;
import java.util.List;

/** Certification criteria (a rule set is data: {@code eligibility/*.yaml}). */
public record RuleSet(String id, String name, List<Criterion> criteria) {

    /** A metric that must be at least {@code min} (or at most {@code max}). */
    public record Criterion(String id, String name, String metric, BigDecimal min, BigDecimal max) {
    }
}
