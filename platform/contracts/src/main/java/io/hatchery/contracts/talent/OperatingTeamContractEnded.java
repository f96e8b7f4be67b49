package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * An operating contract ended.
 */
public record OperatingTeamContractEnded(
        String contractId,
        String carrierId,
        String region,
        LocalDate effectiveDate) implements DomainEvent {
}
