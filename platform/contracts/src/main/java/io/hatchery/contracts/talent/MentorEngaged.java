package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * A carrier engaged the person as a mentor (创业导师).
 *
 * @param region the carrier's region
 */
public record MentorEngaged(
        String talentId,
        String carrierId,
        String region,
        MentorKind kind,
        List<String> expertise,
        LocalDate effectiveDate) implements DomainEvent {

    public MentorEngaged {
        expertise = expertise == null ? List.of() : List.copyOf(expertise);
    }
}
