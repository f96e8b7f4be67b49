package io.hatchery.statistics.projection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A person in the talent register, by pseudonymous id only: counted where registered from their registration on,
 * by each programme while recognised, and as a mentor while a carrier engages them (in the carrier's region).
 */
public record TalentFacts(String id, String region, LocalDate registeredOn, List<Period> recognitions,
        List<Period> engagements) {

    /** A recognition by a programme ({@code key}), or an engagement by a carrier ({@code key}, in {@code region}). */
    public record Period(String key, String region, LocalDate from, LocalDate until) {
    }

    public TalentFacts {
        recognitions = recognitions == null ? List.of() : List.copyOf(recognitions);
        engagements = engagements == null ? List.of() : List.copyOf(engagements);
    }

    public static TalentFacts unknown(String id) {
        return new TalentFacts(id, null, null, List.of(), List.of());
    }

    TalentFacts registered(String inRegion, LocalDate on) {
        return new TalentFacts(id, inRegion, on, recognitions, engagements);
    }

    TalentFacts recognised(String programme, LocalDate on) {
        return new TalentFacts(id, region, registeredOn, started(recognitions, programme, region, on), engagements);
    }

    TalentFacts recognitionEnded(String programme, LocalDate on) {
        return new TalentFacts(id, region, registeredOn, ended(recognitions, programme, on), engagements);
    }

    TalentFacts engaged(String carrierId, String carrierRegion, LocalDate on) {
        return new TalentFacts(id, region, registeredOn, recognitions, started(engagements, carrierId, carrierRegion,
                on));
    }

    TalentFacts released(String carrierId, LocalDate on) {
        return new TalentFacts(id, region, registeredOn, recognitions, ended(engagements, carrierId, on));
    }

    private static List<Period> started(List<Period> periods, String key, String region, LocalDate on) {
        List<Period> changed = new ArrayList<>(periods);
        changed.add(new Period(key, region, on, null));
        return changed;
    }

    /** Ends the running period of the key; one that is not running stays as it is. */
    private static List<Period> ended(List<Period> periods, String key, LocalDate on) {
        List<Period> changed = new ArrayList<>(periods);
        for (int i = changed.size() - 1; i >= 0; i--) {
            Period period = changed.get(i);
            if (period.key().equals(key) && period.until() == null) {
                changed.set(i, new Period(key, period.region(), period.from(), on));
                break;
            }
        }
        return changed;
    }
}
