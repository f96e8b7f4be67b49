package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.registry.Qualification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the statistics need to know about a firm: its incubations and its qualifications.
 *
 * @param region where the firm is registered; null until its registration has been seen
 */
public record FirmFacts(String id, String region, List<Incubation> incubations,
        List<QualificationEntry> qualifications) {

    /** A stay in a carrier; {@code ended} null while it lasts. */
    public record Incubation(String carrierId, String carrierRegion, LocalDate admitted, LocalDate ended,
            boolean graduated) {
    }

    /**
     * A qualification held from {@code from} up to, not including, {@code until} (null: open).
     */
    public record QualificationEntry(Qualification type, String number, LocalDate from, LocalDate until) {
    }

    public FirmFacts {
        incubations = incubations == null ? List.of() : List.copyOf(incubations);
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
    }

    static FirmFacts unknown(String id) {
        return new FirmFacts(id, null, List.of(), List.of());
    }

    FirmFacts registered(String region) {
        return new FirmFacts(id, region, incubations, qualifications);
    }

    FirmFacts admitted(String carrierId, String carrierRegion, LocalDate on) {
        List<Incubation> updated = new ArrayList<>(incubations);
        updated.add(new Incubation(carrierId, carrierRegion, on, null, false));
        return new FirmFacts(id, region, updated, qualifications);
    }

    /** Ends the open incubation in {@code carrierId}; unknown ones are left alone. */
    FirmFacts left(String carrierId, LocalDate on, boolean graduated) {
        List<Incubation> updated = new ArrayList<>(incubations);
        for (int i = updated.size() - 1; i >= 0; i--) {
            Incubation incubation = updated.get(i);
            if (incubation.ended() == null && incubation.carrierId().equals(carrierId)) {
                updated.set(i, new Incubation(carrierId, incubation.carrierRegion(), incubation.admitted(), on,
                        graduated));
                break;
            }
        }
        return new FirmFacts(id, region, updated, qualifications);
    }

    FirmFacts qualified(Qualification type, String number, LocalDate from, LocalDate until) {
        List<QualificationEntry> updated = new ArrayList<>(qualifications);
        updated.add(new QualificationEntry(type, number, from, until));
        return new FirmFacts(id, region, incubations, updated);
    }

    /** The qualification with this number (the latest of the type when no number) ends on {@code on}. */
    FirmFacts lapsed(Qualification type, String number, LocalDate on) {
        List<QualificationEntry> updated = new ArrayList<>(qualifications);
        for (int i = updated.size() - 1; i >= 0; i--) {
            QualificationEntry entry = updated.get(i);
            if (entry.type() == type && (number == null || number.equals(entry.number()))) {
                LocalDate until = entry.until() == null || on.isBefore(entry.until()) ? on : entry.until();
                updated.set(i, new QualificationEntry(type, entry.number(), entry.from(), until));
                break;
            }
        }
        return new FirmFacts(id, region, incubations, updated);
    }
}
