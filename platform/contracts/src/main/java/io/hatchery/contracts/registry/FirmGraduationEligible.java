package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/** The firm now meets a graduation condition the platform can see (e.g. cumulative investment over RMB 5 m). */
public record FirmGraduationEligible(String firmId, String carrierId, GraduationBasis basis, LocalDate effectiveDate)
        implements DomainEvent {
}
