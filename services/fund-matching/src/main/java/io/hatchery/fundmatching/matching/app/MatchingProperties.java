package io.hatchery.fundmatching.matching.app;

import io.hatchery.fundmatching.matching.domain.MatchWeights;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How matches are scored and proposed ({@code hatchery.fund-matching.*}, ADR 11).
 *
 * @param weights              points of each reason at full fit
 * @param proposalsPerRequest  how many funds (or banks) a request is proposed at most
 * @param candidatesPerRanking how many candidates the database hands a ranking at most
 */
@ConfigurationProperties("hatchery.fund-matching")
public record MatchingProperties(Weights weights, Integer proposalsPerRequest, Integer candidatesPerRanking) {

    public MatchingProperties {
        weights = weights == null ? new Weights(null, null, null, null, null, null, null, null) : weights;
        proposalsPerRequest = proposalsPerRequest == null ? 5 : proposalsPerRequest;
        candidatesPerRanking = candidatesPerRanking == null ? 5_000 : candidatesPerRanking;
        if (proposalsPerRequest < 1) {
            throw new IllegalArgumentException("hatchery.fund-matching.proposals-per-request must be 1 or more");
        }
    }

    /** Each weight defaults to ADR 11's. */
    public record Weights(BigDecimal industry, BigDecimal stage, BigDecimal ticket, BigDecimal capacity,
            BigDecimal reinvestment, BigDecimal carrier, BigDecimal trackRecord, BigDecimal signals) {
    }

    public MatchWeights matchWeights() {
        MatchWeights defaults = MatchWeights.defaults();
        return new MatchWeights(or(weights.industry(), defaults.industry()), or(weights.stage(), defaults.stage()),
                or(weights.ticket(), defaults.ticket()), or(weights.capacity(), defaults.capacity()),
                or(weights.reinvestment(), defaults.reinvestment()), or(weights.carrier(), defaults.carrier()),
                or(weights.trackRecord(), defaults.trackRecord()), or(weights.signals(), defaults.signals()));
    }

    private static BigDecimal or(BigDecimal configured, BigDecimal fallback) {
        return configured != null ? configured : fallback;
    }
}
