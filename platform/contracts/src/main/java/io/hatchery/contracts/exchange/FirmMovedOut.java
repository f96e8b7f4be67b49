package io.hatchery.contracts.exchange;

import java.time.LocalDate;

/**
 * The firm moved its registered seat out of the reporting department's jurisdiction (迁出). The registry ends its
 * incubation as MOVED.
 *
 * @param toRegion      the statistical region code it moved to, when the department knows it; may be null
 * @param effectiveDate the day the move was registered
 */
public record FirmMovedOut(
        String firmUscc,
        String toRegion,
        LocalDate effectiveDate) implements InboundFact {
}
