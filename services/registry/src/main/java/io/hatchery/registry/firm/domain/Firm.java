package io.hatchery.registry.firm.domain;

import io.hatchery.contracts.registry.Qualification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A firm, identified by its USCC, with its incubations (at most one open at a time), qualifications and the
 * investments the platform has seen.
 *
 * @param region               where the firm is registered (county or zone)
 * @param incubations          every stay in a carrier, oldest first; the last may be open
 * @param countedInvestments   investment ids already summed, so a redelivered investment counts once
 * @param cumulativeInvestment RMB yuan
 * @param revenues             operating revenue by fiscal year, RMB yuan, as the tax bureau reported it
 */
public record Firm(
        String id,
        String uscc,
        String name,
        LocalDate foundedOn,
        String industry,
        String region,
        List<Incubation> incubations,
        List<QualificationRecord> qualifications,
        BigDecimal cumulativeInvestment,
        Set<String> countedInvestments,
        boolean eligibleForGraduation,
        Map<Integer, BigDecimal> revenues) {

    public Firm {
        incubations = incubations == null ? List.of() : List.copyOf(incubations);
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
        cumulativeInvestment = cumulativeInvestment == null ? BigDecimal.ZERO : cumulativeInvestment;
        countedInvestments = countedInvestments == null ? Set.of() : Set.copyOf(countedInvestments);
        revenues = revenues == null ? Map.of() : Map.copyOf(revenues);
    }

    /** The open incubation, or null when the firm is in no carrier. */
    public Incubation current() {
        if (incubations.isEmpty()) {
            return null;
        }
        Incubation last = incubations.get(incubations.size() - 1);
        return last.endedOn() == null ? last : null;
    }

    public FirmStatus status() {
        if (incubations.isEmpty()) {
            return FirmStatus.REGISTERED;
        }
        Incubation last = incubations.get(incubations.size() - 1);
        return last.endedOn() == null ? FirmStatus.INCUBATING : last.outcome();
    }

    public boolean isOverdueOn(LocalDate date) {
        Incubation current = current();
        return current != null && current.isOverdueOn(date);
    }

    public boolean holds(Qualification type, LocalDate date) {
        return qualifications.stream().anyMatch(record -> record.type() == type && record.heldOn(date));
    }
}
