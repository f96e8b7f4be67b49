package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A programme's recognition of the person ended.
 */
public record RecognitionEnded(
        String talentId,
        String region,
        String programme,
        LocalDate effectiveDate) implements DomainEvent {
}
