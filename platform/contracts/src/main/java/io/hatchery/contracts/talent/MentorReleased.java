package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A carrier's engagement of a mentor ended.
 */
public record MentorReleased(
        String talentId,
        String carrierId,
        String region,
        LocalDate effectiveDate) implements DomainEvent {
}
