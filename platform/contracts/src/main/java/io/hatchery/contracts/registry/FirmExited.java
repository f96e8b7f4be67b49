package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/** A firm left a carrier without graduating. */
public record FirmExited(String firmId, String carrierId, ExitReason reason, String note, LocalDate effectiveDate)
        implements DomainEvent {
}
