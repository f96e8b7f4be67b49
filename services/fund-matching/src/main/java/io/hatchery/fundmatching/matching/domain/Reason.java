package io.hatchery.fundmatching.matching.domain;

import java.math.BigDecimal;

/**
 * One reason a fund suits a request, with how well it fits (0 to 1), its weight and the points it gives
 * (fit × weight, two decimals).
 *
 * @param explanation what was compared, for people
 */
public record Reason(Code code, BigDecimal fit, BigDecimal weight, BigDecimal points, String explanation) {

    /** The reasons a match is scored on (ADR 11). */
    public enum Code {
        INDUSTRY,
        STAGE,
        TICKET,
        CAPACITY,
        REINVESTMENT,
        CARRIER,
        TRACK_RECORD,
        SIGNALS
    }
}
