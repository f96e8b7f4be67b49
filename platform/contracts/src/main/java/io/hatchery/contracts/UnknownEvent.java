package io.hatchery.contracts;

import java.time.LocalDate;

/**
 * Data of an event type this build does not know (published by a newer producer). Consumers skip it; it is never
 * an error.
 */
public record UnknownEvent(String type) implements DomainEvent {

    @Override
    public LocalDate effectiveDate() {
        return null;
    }
}
