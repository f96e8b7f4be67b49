package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A carrier held an activity: a competition, roadshow, training, forum or matchmaking event.
 *
 * @param firms firms taking part
 */
public record ActivityHeld(
        String activityId,
        String carrierId,
        String region,
        ActivityKind kind,
        String title,
        int participants,
        int firms,
        LocalDate effectiveDate) implements DomainEvent {
}
