package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A carrier's service staff (专业孵化服务人员) from a date: headcount by kind and how many hold a training certificate.
 *
 * @param trained holding a training certificate (e.g. the provincial incubation-staff training)
 */
public record StaffReported(
        String carrierId,
        String region,
        int fullTime,
        int partTime,
        int trained,
        LocalDate effectiveDate) implements DomainEvent {
}
