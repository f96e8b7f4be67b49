package io.hatchery.registry.firm.domain;

import io.hatchery.contracts.registry.Qualification;
import java.time.LocalDate;

/**
 * A status the firm holds or held: tech SME for a year (registration number), or high-tech enterprise
 * (certificate number and date, valid three years unless stated).
 *
 * @param lapsedOn null while held
 */
public record QualificationRecord(
        Qualification type,
        Integer year,
        String number,
        LocalDate issuedOn,
        LocalDate validUntil,
        LocalDate lapsedOn) {

    public boolean heldOn(LocalDate date) {
        return !issuedOn.isAfter(date) && (validUntil == null || !validUntil.isBefore(date))
                && (lapsedOn == null || lapsedOn.isAfter(date));
    }
}
