package io.hatchery.contracts.statistics;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * The live statistics feed for other departments: the figures one batch of domain events changed, coalesced
 * (each region and indicator once, with its value after the batch).
 *
 * @param sequence      increasing per projection generation
 * @param effectiveDate the date the values are for (today)
 */
public record FiguresChanged(long sequence, List<FigureChange> changes, LocalDate effectiveDate)
        implements DomainEvent {

    public FiguresChanged {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
