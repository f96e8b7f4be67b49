package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * The person's personal data was erased (their data key destroyed); what counted them stays counted.
 */
public record TalentErased(
        String talentId,
        String region,
        LocalDate effectiveDate) implements DomainEvent {
}
