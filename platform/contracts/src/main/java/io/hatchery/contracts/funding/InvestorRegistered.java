package io.hatchery.contracts.funding;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * An institution that invests or lends joined the platform: a VC or PE firm, an angel organisation, a government fund manager, a bank, a guarantor, an insurer or a carrier's operator. Institutions only, never a person.
 *
 * @param investorId the investor; the event's subject
 * @param uscc the institution's unified social credit code
 * @param region division code of where it is registered
 * @param carrierId the carrier it operates, for a carrier's operator that invests in its own firms (房东+股东)
 */
public record InvestorRegistered(
        String investorId,
        String uscc,
        String name,
        InvestorKind kind,
        String region,
        String carrierId,
        LocalDate effectiveDate) implements DomainEvent {
}
