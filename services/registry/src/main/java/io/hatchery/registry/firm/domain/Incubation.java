package io.hatchery.registry.firm.domain;

import io.hatchery.contracts.registry.ExitReason;
import io.hatchery.contracts.registry.GraduationBasis;
import java.time.LocalDate;
import java.util.List;

/**
 * One stay of a firm in a carrier.
 *
 * @param limitMonths the incubation limit that applied at admission (by the carrier region's rules and industry)
 * @param endedOn     graduation or exit date; null while the firm is still in the carrier
 */
public record Incubation(
        String carrierId,
        String carrierRegion,
        LocalDate admittedOn,
        int limitMonths,
        LocalDate endedOn,
        FirmStatus outcome,
        List<GraduationBasis> graduationBasis,
        String evidence,
        ExitReason exitReason) {

    public Incubation {
        graduationBasis = graduationBasis == null ? List.of() : List.copyOf(graduationBasis);
    }

    /** The last day the firm may stay incubated. */
    public LocalDate deadline() {
        return admittedOn.plusMonths(limitMonths);
    }

    public boolean isOverdueOn(LocalDate date) {
        return endedOn == null && date.isAfter(deadline());
    }
}
