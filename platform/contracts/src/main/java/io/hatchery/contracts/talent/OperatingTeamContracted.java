package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A professional operating organisation (专业运营机构) was contracted to run a carrier.
 *
 * @param teamName the organisation's name
 * @param until the contract's end, if agreed
 */
public record OperatingTeamContracted(
        String contractId,
        String teamUscc,
        String teamName,
        String carrierId,
        String region,
        String scope,
        LocalDate until,
        LocalDate effectiveDate) implements DomainEvent {
}
