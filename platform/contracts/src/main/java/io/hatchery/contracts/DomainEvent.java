package io.hatchery.contracts;

import java.time.LocalDate;

/**
 * The data of a business event. Every one carries the date it took effect, which statistics use instead of the
 * time it was recorded, so that back-dated corrections land in the right month.
 */
public interface DomainEvent {

    LocalDate effectiveDate();
}
