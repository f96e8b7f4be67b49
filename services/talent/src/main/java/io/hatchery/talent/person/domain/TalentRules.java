package io.hatchery.talent.person.domain;

import io.hatchery.contracts.talent.MentorEngaged;
import io.hatchery.contracts.talent.MentorKind;
import io.hatchery.contracts.talent.MentorReleased;
import io.hatchery.contracts.talent.MentoringEnded;
import io.hatchery.contracts.talent.MentoringStarted;
import io.hatchery.contracts.talent.RecognitionLevel;
import io.hatchery.contracts.talent.RecognitionEnded;
import io.hatchery.contracts.talent.TalentAffiliated;
import io.hatchery.contracts.talent.TalentErased;
import io.hatchery.contracts.talent.TalentRecognized;
import io.hatchery.contracts.talent.TalentRegistered;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import io.hatchery.kernel.domain.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Decisions about people in the talent register. Pure functions; personal data arrives sealed. */
public final class TalentRules {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern LANDLINE = Pattern.compile("0[0-9]{2,3}-?[0-9]{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private TalentRules() {
    }

    /** What is wrong with a registration's plain values (checked before they are sealed). */
    public static List<FieldProblem> problems(IdentityDocument.Kind kind, String documentNumber, String name,
            String phone, String email, LocalDate registeredOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        IdentityDocument.problem(kind, documentNumber, today)
                .ifPresent(problem -> problems.add(new FieldProblem("documentNumber", problem)));
        if (name == null || name.isBlank() || name.length() > 100) {
            problems.add(new FieldProblem("name", "is required, at most 100 characters"));
        }
        if (phone != null && !MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phone", "is not a mobile (11 digits) or landline number"));
        }
        if (email != null && (!EMAIL.matcher(email).matches() || email.length() > 200)) {
            problems.add(new FieldProblem("email", "is not an email address"));
        }
        if (registeredOn != null && registeredOn.isAfter(today)) {
            problems.add(new FieldProblem("registeredOn", "is in the future"));
        }
        return problems;
    }

    public static Decision<Talent> register(Talent talent) {
        return new Decision<>(talent, List.of(new TalentRegistered(talent.id(), talent.region(),
                talent.education(), talent.returnee(), talent.field(),
                talent.documentKind() == IdentityDocument.Kind.PASSPORT, talent.registeredOn())));
    }

    /** A programme recognises the person in a year; a recognition of the same programme still running is kept. */
    public static Decision<Talent> recognise(Talent talent, String programme, RecognitionLevel level, int year,
            LocalDate on) {
        requireNotErased(talent);
        if (talent.activeRecognition(programme).isPresent()) {
            return Decision.unchanged(talent);
        }
        List<Talent.Recognition> recognitions = new ArrayList<>(talent.recognitions());
        recognitions.add(new Talent.Recognition(programme, level, year, on, null));
        return new Decision<>(talent.with(talent.sealed(), talent.affiliation(), recognitions, false),
                List.of(new TalentRecognized(talent.id(), talent.region(), programme, level, year, on)));
    }

    public static Decision<Talent> endRecognition(Talent talent, String programme, LocalDate on) {
        Talent.Recognition active = talent.activeRecognition(programme).orElseThrow(() -> new RuleViolation(
                "not-recognised", "the person holds no running recognition of " + programme));
        if (on.isBefore(active.from())) {
            throw new RuleViolation("before-recognition", "the recognition began on " + active.from());
        }
        List<Talent.Recognition> recognitions = talent.recognitions().stream().map(r -> r == active
                ? new Talent.Recognition(r.programme(), r.level(), r.year(), r.from(), on) : r).toList();
        return new Decision<>(talent.with(talent.sealed(), talent.affiliation(), recognitions, talent.erased()),
                List.of(new RecognitionEnded(talent.id(), talent.region(), programme, on)));
    }

    /** The person works at a firm or a carrier from a date (both null: no longer affiliated). */
    public static Decision<Talent> affiliate(Talent talent, String firmId, String carrierId, boolean founder,
            LocalDate on) {
        requireNotErased(talent);
        if (firmId != null && carrierId != null) {
            throw new RuleViolation("one-affiliation", "a person is affiliated with a firm or a carrier, not both");
        }
        Talent.Affiliation now = firmId == null && carrierId == null ? null
                : new Talent.Affiliation(firmId, carrierId, founder, on);
        if (sameWorkplace(talent.affiliation(), now)) {
            return Decision.unchanged(talent);
        }
        return new Decision<>(talent.with(talent.sealed(), now, talent.recognitions(), false),
                List.of(new TalentAffiliated(talent.id(), talent.region(), firmId, carrierId, founder, on)));
    }

    /** A carrier engages the person as a mentor; an engagement with that carrier still running is kept. */
    public static Decision<Talent> engage(Talent talent, String carrierId, String carrierRegion, MentorKind kind,
            List<String> expertise, LocalDate on) {
        requireNotErased(talent);
        if (talent.activeEngagement(carrierId).isPresent()) {
            return Decision.unchanged(talent);
        }
        List<Talent.Engagement> engagements = new ArrayList<>(talent.engagements());
        engagements.add(new Talent.Engagement(carrierId, carrierRegion, kind, expertise, on, null));
        return new Decision<>(talent.withMentoring(engagements, talent.mentoring()), List.of(new MentorEngaged(
                talent.id(), carrierId, carrierRegion, kind, expertise, on)));
    }

    public static Decision<Talent> release(Talent talent, String carrierId, LocalDate on) {
        Talent.Engagement active = talent.activeEngagement(carrierId).orElseThrow(() -> new RuleViolation(
                "not-engaged", "the person is not a mentor of carrier " + carrierId));
        if (on.isBefore(active.from())) {
            throw new RuleViolation("before-engagement", "the engagement began on " + active.from());
        }
        List<Talent.Engagement> engagements = talent.engagements().stream().map(e -> e == active
                ? new Talent.Engagement(e.carrierId(), e.carrierRegion(), e.kind(), e.expertise(), e.from(), on)
                : e).toList();
        return new Decision<>(talent.withMentoring(engagements, talent.mentoring()), List.of(new MentorReleased(
                talent.id(), carrierId, active.carrierRegion(), on)));
    }

    /** The person coaches a firm; only a mentor (engaged by some carrier) does. */
    public static Decision<Talent> startMentoring(Talent talent, String firmId, String carrierId, String region,
            LocalDate on) {
        requireNotErased(talent);
        if (talent.engagements().stream().noneMatch(e -> e.until() == null)) {
            throw new RuleViolation("not-a-mentor", "no carrier engages the person as a mentor");
        }
        if (talent.activeMentoring(firmId).isPresent()) {
            return Decision.unchanged(talent);
        }
        List<Talent.Mentoring> mentoring = new ArrayList<>(talent.mentoring());
        mentoring.add(new Talent.Mentoring(firmId, carrierId, on, null));
        return new Decision<>(talent.withMentoring(talent.engagements(), mentoring), List.of(new MentoringStarted(
                talent.id(), firmId, carrierId, region, on)));
    }

    public static Decision<Talent> endMentoring(Talent talent, String firmId, String region, LocalDate on) {
        Talent.Mentoring active = talent.activeMentoring(firmId).orElseThrow(() -> new RuleViolation(
                "not-mentoring", "the person does not coach firm " + firmId));
        if (on.isBefore(active.from())) {
            throw new RuleViolation("before-mentoring", "the mentoring began on " + active.from());
        }
        List<Talent.Mentoring> mentoring = talent.mentoring().stream().map(m -> m == active
                ? new Talent.Mentoring(m.firmId(), m.carrierId(), m.from(), on) : m).toList();
        return new Decision<>(talent.withMentoring(talent.engagements(), mentoring), List.of(new MentoringEnded(
                talent.id(), firmId, region, on)));
    }

    /** Erases the person's personal data (their data key is destroyed alongside); the rest stays. */
    public static Decision<Talent> erase(Talent talent, LocalDate on) {
        if (talent.erased()) {
            return Decision.unchanged(talent);
        }
        return new Decision<>(talent.with(Talent.Sealed.NONE, talent.affiliation(), talent.recognitions(), true),
                List.of(new TalentErased(talent.id(), talent.region(), on)));
    }

    private static boolean sameWorkplace(Talent.Affiliation before, Talent.Affiliation now) {
        if (before == null || now == null) {
            return before == now;
        }
        return Objects.equals(before.firmId(), now.firmId()) && Objects.equals(before.carrierId(), now.carrierId())
                && before.founder() == now.founder();
    }

    private static void requireNotErased(Talent talent) {
        if (talent.erased()) {
            throw new RuleViolation("erased", "the person's data was erased");
        }
    }
}
