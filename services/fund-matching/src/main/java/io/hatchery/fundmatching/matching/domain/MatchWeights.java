package io.hatchery.fundmatching.matching.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many points each reason of a match is worth at full fit (ADR 11). Deployment configuration; the defaults
 * add up to 100.
 */
public record MatchWeights(BigDecimal industry, BigDecimal stage, BigDecimal ticket, BigDecimal capacity,
        BigDecimal reinvestment, BigDecimal carrier, BigDecimal trackRecord, BigDecimal signals) {

    public static MatchWeights defaults() {
        return new MatchWeights(BigDecimal.valueOf(20), BigDecimal.valueOf(15), BigDecimal.valueOf(15),
                BigDecimal.valueOf(10), BigDecimal.valueOf(15), BigDecimal.valueOf(10), BigDecimal.valueOf(10),
                BigDecimal.valueOf(5));
    }

    public MatchWeights {
        Map<String, BigDecimal> all = new LinkedHashMap<>();
        all.put("industry", industry);
        all.put("stage", stage);
        all.put("ticket", ticket);
        all.put("capacity", capacity);
        all.put("reinvestment", reinvestment);
        all.put("carrier", carrier);
        all.put("trackRecord", trackRecord);
        all.put("signals", signals);
        all.forEach((name, weight) -> {
            if (weight == null || weight.signum() < 0) {
                throw new IllegalArgumentException("the weight of " + name + " must be zero or more, not " + weight);
            }
        });
    }

    /** The weight of a reason. */
    public BigDecimal of(Reason.Code code) {
        return switch (code) {
            case INDUSTRY -> industry;
            case STAGE -> stage;
            case TICKET -> ticket;
            case CAPACITY -> capacity;
            case REINVESTMENT -> reinvestment;
            case CARRIER -> carrier;
            case TRACK_RECORD -> trackRecord;
            case SIGNALS -> signals;
        };
    }
}
