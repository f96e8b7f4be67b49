package io.hatchery.contracts.funding;

import io.hatchery.contracts.DomainEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A fund was set up: its kind, manager, committed size, focus, ticket range and mandates.
 *
 * @param fundId the fund; the event's subject
 * @param managerId the investor that manages it
 * @param committedRmb committed size in RMB yuan
 * @param region division code of where it is registered
 * @param carrierId the carrier it is linked to, if any
 * @param carrierLink how: it sits inside the carrier, or was co-founded with its operator
 * @param industries focus industries (empty: any)
 * @param stages stages it invests in (empty: any)
 * @param ticketMinRmb smallest ticket in RMB yuan
 * @param ticketMaxRmb largest ticket in RMB yuan
 * @param localReinvestmentShare share of the fund to be invested in its region (返投), 0 to 1
 * @param stateCapitalShare share of state capital, 0 to 1
 */
public record FundEstablished(
        String fundId,
        String name,
        FundKind kind,
        String managerId,
        BigDecimal committedRmb,
        LocalDate establishedOn,
        String region,
        String carrierId,
        CarrierLink carrierLink,
        List<String> industries,
        List<FundingStage> stages,
        BigDecimal ticketMinRmb,
        BigDecimal ticketMaxRmb,
        BigDecimal localReinvestmentShare,
        BigDecimal stateCapitalShare,
        LocalDate effectiveDate) implements DomainEvent {

    public FundEstablished {
        industries = industries == null ? List.of() : List.copyOf(industries);
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}
