package io.hatchery.talent.person.domain;

import io.hatchery.contracts.talent.Education;
import io.hatchery.contracts.talent.MentorKind;
import io.hatchery.contracts.talent.RecognitionLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person in the talent register. Their personal data is held sealed ({@link Sealed}: ciphertexts only, the
 * person's data key elsewhere); what the platform may count and publish is plain.
 *
 * @param documentIndex the blind index of the identity document: one person per document
 * @param affiliation   where the person works now, or null
 * @param erased        the personal data was erased; the person still counts where they counted
 */
public record Talent(String id, String region, IdentityDocument.Kind documentKind, String documentIndex,
        Sealed sealed, Education education, boolean returnee, String field, Affiliation affiliation,
        List<Recognition> recognitions, List<Engagement> engagements, List<Mentoring> mentoring,
        LocalDate registeredOn, boolean erased) {

    /** Name, identity number, phone and email, each sealed with the person's data key; null when not given. */
    public record Sealed(String name, String documentNumber, String phone, String email) {

        public static final Sealed NONE = new Sealed(null, null, null, null);
    }

    /** The firm or carrier the person works at since a date, and whether they founded the firm. */
    public record Affiliation(String firmId, String carrierId, boolean founder, LocalDate since) {
    }

    /** A programme's recognition in a year, from a date to its end (null while it lasts). */
    public record Recognition(String programme, RecognitionLevel level, int year, LocalDate from, LocalDate until) {

        public boolean activeOn(LocalDate date) {
            return !from.isAfter(date) && (until == null || until.isAfter(date));
        }
    }

    /** The person mentors (创业导师) for a carrier from a date until released. */
    public record Engagement(String carrierId, String carrierRegion, MentorKind kind, List<String> expertise,
            LocalDate from, LocalDate until) {

        public Engagement {
            expertise = expertise == null ? List.of() : List.copyOf(expertise);
        }
    }

    /** The person coaches a firm from a date until it ends. */
    public record Mentoring(String firmId, String carrierId, LocalDate from, LocalDate until) {
    }

    public Talent {
        recognitions = recognitions == null ? List.of() : List.copyOf(recognitions);
        engagements = engagements == null ? List.of() : List.copyOf(engagements);
        mentoring = mentoring == null ? List.of() : List.copyOf(mentoring);
    }

    public Optional<Engagement> activeEngagement(String carrierId) {
        return engagements.stream().filter(e -> e.carrierId().equals(carrierId) && e.until() == null).findFirst();
    }

    public Optional<Mentoring> activeMentoring(String firmId) {
        return mentoring.stream().filter(m -> m.firmId().equals(firmId) && m.until() == null).findFirst();
    }

    public Optional<Recognition> activeRecognition(String programme) {
        return recognitions.stream().filter(r -> r.programme().equals(programme) && r.until() == null).findFirst();
    }

    Talent with(Sealed newSealed, Affiliation newAffiliation, List<Recognition> newRecognitions,
            boolean nowErased) {
        return new Talent(id, region, documentKind, documentIndex, newSealed, education, returnee, field,
                newAffiliation, newRecognitions, engagements, mentoring, registeredOn, nowErased);
    }

    Talent withMentoring(List<Engagement> newEngagements, List<Mentoring> newMentoring) {
        return new Talent(id, region, documentKind, documentIndex, sealed, education, returnee, field, affiliation,
                recognitions, newEngagements, newMentoring, registeredOn, erased);
    }
}
