package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A talent programme recognised the person in a year.
 *
 * @param programme the programme's code in the deployment's catalogue
 */
public record TalentRecognized(
        String talentId,
        String region,
        String programme,
        RecognitionLevel level,
        int year,
        LocalDate effectiveDate) implements DomainEvent {
}
