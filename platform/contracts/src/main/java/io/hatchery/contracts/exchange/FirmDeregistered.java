package io.hatchery.contracts.exchange;

import java.time.LocalDate;

/**
 * Market regulation struck the firm off the business register (注销). The registry ends its incubation as CLOSED.
 *
 * @param firmUscc      the firm's unified social credit code
 * @param authority     the registering authority, as the reporting department names it
 * @param effectiveDate the day of deregistration
 */
public record FirmDeregistered(
        String firmUscc,
        String authority,
        LocalDate effectiveDate) implements InboundFact {
}
