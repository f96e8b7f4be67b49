package io.hatchery.fundmatching.matching.domain;

import java.math.BigDecimal;
import java.util.List;

/** A fund (or bank) scored for a request: the sum of its reasons' points, and the reasons. */
public record Match(String fundId, BigDecimal score, List<Reason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}
