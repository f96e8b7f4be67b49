package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A mentor stopped coaching a firm.
 */
public record MentoringEnded(
        String talentId,
        String firmId,
        String region,
        LocalDate effectiveDate) implements DomainEvent {
}
