package io.hatchery.contracts.registry;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;
import java.util.List;

/** A firm left incubation meeting graduation conditions; {@code basis} lists the ones that applied. */
public record FirmGraduated(
        String firmId,
        String carrierId,
        List<GraduationBasis> basis,
        String evidence,
        LocalDate effectiveDate) implements DomainEvent {

    public FirmGraduated {
        basis = basis == null ? List.of() : List.copyOf(basis);
    }
}
