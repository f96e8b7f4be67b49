package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A mentor began to coach a firm.
 *
 * @param carrierId the carrier that engaged the mentor
 */
public record MentoringStarted(
        String talentId,
        String firmId,
        String carrierId,
        String region,
        LocalDate effectiveDate) implements DomainEvent {
}
