package io.hatchery.registry.carrier.domain;

import java.math.BigDecimal;
import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.registry.CarrierCertified;
import io.hatchery.contracts.registry.CarrierDelisted;
import io.hatchery.contracts.registry.CarrierDesignated;
import io.hatchery.contracts.registry.CarrierDowngraded;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierProfileChanged;
import io.hatchery.contracts.registry.CarrierRectificationOrdered;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.CarrierUndesignated;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import io.hatchery.kernel.domain.InvalidCommand;
import io.hatchery.kernel.domain.RuleViolation;
import io.hatchery.contracts.identity.Uscc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Decisions about carriers, as pure functions of the command and the current state. */
public final class CarrierRules {

    private CarrierRules() {
    }

    /** Form problems of a registration, as (field, message) pairs; empty when it may be registered. */
    public static List<FieldProblem> problems(CarrierRegistration registration, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>(profileProblems(registration.profile(), ""));
        if (registration.establishedOn().isAfter(today)) {
            problems.add(new FieldProblem("establishedOn", "must not be in the future"));
        }
        boolean offsite = registration.kind() == CarrierKind.OFFSITE_ENCLAVE;
        if (offsite && registration.hostLocation() == null) {
            problems.add(new FieldProblem("hostLocation", "is required for an offsite enclave"));
        }
        if (!offsite && registration.hostLocation() != null) {
            problems.add(new FieldProblem("hostLocation", "applies only to offsite enclaves"));
        }
        return problems;
    }

    private static List<FieldProblem> profileProblems(CarrierProfile profile, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        Uscc.problem(profile.operator().uscc())
                .ifPresent(problem -> problems.add(new FieldProblem(prefix + "operator.uscc", problem)));
        BigDecimal maxArea = BigDecimal.valueOf(CarrierProfile.MAX_AREA);
        if (profile.totalArea().compareTo(maxArea) > 0) {
            problems.add(new FieldProblem(prefix + "totalArea", "must be at most " + CarrierProfile.MAX_AREA + " m²"));
        }
        if (profile.incubationArea().compareTo(maxArea) > 0) {
            problems.add(new FieldProblem(prefix + "incubationArea", "must be at most " + CarrierProfile.MAX_AREA
                    + " m²"));
        }
        if (profile.incubationArea().compareTo(profile.totalArea()) > 0) {
            problems.add(new FieldProblem(prefix + "incubationArea", "must not exceed totalArea"));
        }
        return problems;
    }

    /** Registers a new carrier; it counts from the day it started operating. */
    public static Decision<Carrier> register(String id, CarrierRegistration registration) {
        Carrier carrier = new Carrier(id, registration.kind(), registration.region(), registration.hostLocation(),
                registration.profile(), registration.establishedOn(), CarrierStatus.ACTIVE, List.of(), List.of(),
                null, Set.of());
        DomainEvent registered = new CarrierRegistered(id, registration.kind(), registration.region(),
                registration.hostLocation(), registration.profile(), registration.establishedOn(),
                registration.establishedOn());
        return new Decision<>(carrier, List.of(registered));
    }

    /** Replaces the profile; an identical profile changes nothing. */
    public static Decision<Carrier> changeProfile(Carrier carrier, CarrierProfile profile, LocalDate effectiveDate) {
        List<FieldProblem> problems = profileProblems(profile, "");
        if (!problems.isEmpty()) {
            throw new InvalidCommand(problems);
        }
        requireNotDelisted(carrier);
        if (profile.equals(carrier.profile())) {
            return Decision.unchanged(carrier);
        }
        return new Decision<>(with(carrier, profile), List.of(new CarrierProfileChanged(carrier.id(), profile,
                effectiveDate)));
    }

    /** Certifies (or re-certifies) the carrier at a level from a date on; the history keeps every certificate. */
    public static Decision<Carrier> certify(Carrier carrier, CertificationLevel level, String authority,
            String certificateNumber, LocalDate effectiveDate) {
        requireNotDelisted(carrier);
        requireNotBeforeEstablished(carrier, effectiveDate);
        boolean sameCertificate = carrier.levelHistory().stream().anyMatch(change ->
                change.kind() == LevelChange.Kind.CERTIFIED && change.level() == level
                        && change.effectiveDate().equals(effectiveDate)
                        && Objects.equals(change.certificateNumber(), certificateNumber));
        if (sameCertificate) {
            return Decision.unchanged(carrier);
        }
        CertificationLevel previous = carrier.levelAt(effectiveDate);
        Carrier certified = withHistory(carrier, new LevelChange(LevelChange.Kind.CERTIFIED, level, authority,
                certificateNumber, null, effectiveDate));
        return new Decision<>(certified, List.of(new CarrierCertified(carrier.id(), carrier.kind(), level, previous,
                authority, certificateNumber, effectiveDate)));
    }

    /**
     * Lowers the level. Without a target level it goes one step down (national → provincial → municipal → none).
     */
    public static Decision<Carrier> downgrade(Carrier carrier, CertificationLevel toLevel, String reason,
            LocalDate effectiveDate) {
        requireNotDelisted(carrier);
        CertificationLevel from = carrier.levelAt(effectiveDate);
        if (from == null) {
            throw new RuleViolation("downgrade-needs-level", "carrier " + carrier.id()
                    + " holds no certification on " + effectiveDate + " that could be lowered");
        }
        CertificationLevel to = toLevel != null ? toLevel : oneStepDown(from);
        if (to != null && to.rank() >= from.rank()) {
            throw new RuleViolation("not-a-downgrade", to + " is not below the carrier's level " + from);
        }
        Carrier downgraded = withHistory(carrier, new LevelChange(LevelChange.Kind.DOWNGRADED, to, null, null,
                reason, effectiveDate));
        return new Decision<>(downgraded, List.of(new CarrierDowngraded(carrier.id(), from, to, reason,
                effectiveDate)));
    }

    /** Revokes the carrier's recognition. It stays in the registry, delisted, with its history. */
    public static Decision<Carrier> delist(Carrier carrier, String reason, LocalDate effectiveDate) {
        if (carrier.isDelisted()) {
            throw new RuleViolation("already-delisted", "carrier " + carrier.id() + " is already delisted");
        }
        requireNotBeforeEstablished(carrier, effectiveDate);
        CertificationLevel last = carrier.levelAt(effectiveDate);
        Carrier delisted = withHistory(carrier, new LevelChange(LevelChange.Kind.DELISTED, null, null, null, reason,
                effectiveDate));
        delisted = new Carrier(delisted.id(), delisted.kind(), delisted.region(), delisted.hostLocation(),
                delisted.profile(), delisted.establishedOn(), CarrierStatus.DELISTED, delisted.levelHistory(),
                delisted.designations(), null, delisted.appliedEvaluations());
        return new Decision<>(delisted, List.of(new CarrierDelisted(carrier.id(), last, reason, effectiveDate)));
    }

    public static Decision<Carrier> designate(Carrier carrier, Designation designation, String authority,
            LocalDate effectiveDate) {
        requireNotDelisted(carrier);
        if (carrier.holds(designation)) {
            throw new RuleViolation("already-designated", "carrier " + carrier.id() + " already holds "
                    + designation);
        }
        List<DesignationGrant> designations = new ArrayList<>(carrier.designations());
        designations.add(new DesignationGrant(designation, authority, effectiveDate));
        return new Decision<>(withDesignations(carrier, designations),
                List.of(new CarrierDesignated(carrier.id(), designation, authority, effectiveDate)));
    }

    public static Decision<Carrier> undesignate(Carrier carrier, Designation designation, String reason,
            LocalDate effectiveDate) {
        if (!carrier.holds(designation)) {
            throw new RuleViolation("not-designated", "carrier " + carrier.id() + " does not hold " + designation);
        }
        List<DesignationGrant> designations = carrier.designations().stream()
                .filter(grant -> grant.designation() != designation).toList();
        return new Decision<>(withDesignations(carrier, designations),
                List.of(new CarrierUndesignated(carrier.id(), designation, reason, effectiveDate)));
    }

    public static Decision<Carrier> orderRectification(Carrier carrier, String reason, LocalDate deadline,
            LocalDate effectiveDate) {
        requireNotDelisted(carrier);
        if (!deadline.isAfter(effectiveDate)) {
            throw new InvalidCommand("deadline", "must be after the order's effective date " + effectiveDate);
        }
        Carrier ordered = new Carrier(carrier.id(), carrier.kind(), carrier.region(), carrier.hostLocation(),
                carrier.profile(), carrier.establishedOn(), CarrierStatus.UNDER_RECTIFICATION, carrier.levelHistory(),
                carrier.designations(), new Rectification(reason, effectiveDate, deadline),
                carrier.appliedEvaluations());
        return new Decision<>(ordered, List.of(new CarrierRectificationOrdered(carrier.id(), reason, deadline,
                effectiveDate)));
    }

    /** Remembers that an evaluation's outcome was applied (or deliberately had no effect). */
    public static Carrier markEvaluationApplied(Carrier carrier, String evaluationId) {
        Set<String> applied = new HashSet<>(carrier.appliedEvaluations());
        applied.add(evaluationId);
        return new Carrier(carrier.id(), carrier.kind(), carrier.region(), carrier.hostLocation(), carrier.profile(),
                carrier.establishedOn(), carrier.status(), carrier.levelHistory(), carrier.designations(),
                carrier.rectification(), applied);
    }

    static CertificationLevel oneStepDown(CertificationLevel level) {
        return switch (level) {
            case NATIONAL_EXCELLENCE -> CertificationLevel.NATIONAL_STANDARD;
            case NATIONAL, NATIONAL_STANDARD -> CertificationLevel.PROVINCIAL;
            case PROVINCIAL -> CertificationLevel.MUNICIPAL;
            case MUNICIPAL -> null;
        };
    }

    private static void requireNotDelisted(Carrier carrier) {
        if (carrier.isDelisted()) {
            throw new RuleViolation("carrier-delisted", "carrier " + carrier.id() + " is delisted");
        }
    }

    private static void requireNotBeforeEstablished(Carrier carrier, LocalDate effectiveDate) {
        if (effectiveDate.isBefore(carrier.establishedOn())) {
            throw new InvalidCommand("effectiveDate", "is before the carrier was established ("
                    + carrier.establishedOn() + ")");
        }
    }

    private static Carrier with(Carrier carrier, CarrierProfile profile) {
        return new Carrier(carrier.id(), carrier.kind(), carrier.region(), carrier.hostLocation(), profile,
                carrier.establishedOn(), carrier.status(), carrier.levelHistory(), carrier.designations(),
                carrier.rectification(), carrier.appliedEvaluations());
    }

    private static Carrier withHistory(Carrier carrier, LevelChange change) {
        List<LevelChange> history = new ArrayList<>(carrier.levelHistory());
        history.add(change);
        return new Carrier(carrier.id(), carrier.kind(), carrier.region(), carrier.hostLocation(), carrier.profile(),
                carrier.establishedOn(), carrier.status(), history, carrier.designations(), carrier.rectification(),
                carrier.appliedEvaluations());
    }

    private static Carrier withDesignations(Carrier carrier, List<DesignationGrant> designations) {
        return new Carrier(carrier.id(), carrier.kind(), carrier.region(), carrier.hostLocation(), carrier.profile(),
                carrier.establishedOn(), carrier.status(), carrier.levelHistory(), designations,
                carrier.rectification(), carrier.appliedEvaluations());
    }
}
